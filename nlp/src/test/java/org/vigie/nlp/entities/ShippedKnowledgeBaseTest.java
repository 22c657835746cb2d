package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.Entity;
import org.vigie.core.EntityCatalog.EntityRef;
import org.vigie.core.TextField;
import org.vigie.nlp.text.Segmentation;

/** The knowledge base and rules the module ships, loaded as production loads them. */
class ShippedKnowledgeBaseTest {
  private static KnowledgeBase kb;
  private static EntityLinker linker;

  @BeforeAll
  static void load() {
    kb = LinkerFixture.shippedKb();
    linker = LinkerFixture.shipped();
  }

  private static List<String> ids(String lang, String text) {
    return LinkerFixture.linkBody(linker, lang, text, java.time.LocalDate.now(java.time.ZoneOffset.UTC)).stream().map(Entity::id).toList();
  }

  @Test
  void holds_at_least_400_entities_that_load_without_a_problem() {
    assertThat(kb.entities()).hasSizeGreaterThanOrEqualTo(400);
    assertThat(kb.sha256()).hasSize(64);
  }

  @Test
  void every_context_rule_names_an_entity_the_knowledge_base_has() {
    for (ContextRule rule : ContextRules.loadDefault().rules()) {
      if (rule.entity() != null) assertThat(kb.entity(rule.entity())).as(rule.id()).isPresent();
    }
  }

  @Test
  void links_the_commission_in_both_languages_to_one_id() {
    List<EntityRef> fr = kb.find("Commission européenne");
    List<EntityRef> en = kb.find("European Commission");
    assertThat(fr).extracting(EntityRef::id).containsExactly("government/european-commission");
    assertThat(en).extracting(EntityRef::id).containsExactly("government/european-commission");
    assertThat(ids("fr", "La Commission européenne a ordonné à X de conserver ses documents."))
        .contains("government/european-commission", "platform/x");
    assertThat(ids("en", "The European Commission ordered X to preserve its documents."))
        .contains("government/european-commission", "platform/x");
  }

  @Test
  void answers_who_held_an_office_in_january_2026() {
    LocalDate date = LocalDate.of(2026, 1, 15);
    assertThat(kb.holderOfNamedOffice("UK Technology Secretary", date)).extracting(KbEntity::id)
        .containsExactly("official/liz-kendall");
    assertThat(kb.holderOfNamedOffice("ministre chargée du Numérique", date)).extracting(KbEntity::id)
        .containsExactly("official/anne-le-henanff");
  }

  @Test
  void relates_platform_owner_ai_system_and_feature() {
    assertThat(kb.related("platform/x", "owned_by")).containsExactly("company/x-corp");
    assertThat(kb.related("ai/grok", "developed_by")).containsExactly("company/xai");
    assertThat(kb.related("ai/grok", "offered_on")).containsExactly("platform/x");
    assertThat(kb.related("ai/grok-imagine", "feature_of")).containsExactly("ai/grok");
  }

  @Test
  void every_country_with_a_government_has_a_place_that_shares_its_name() {
    for (String name : List.of("France", "UK", "Royaume-Uni", "États-Unis", "EU", "Union européenne", "Texas", "Suisse")) {
      assertThat(kb.find(name)).as(name).extracting(EntityRef::type).contains(org.vigie.core.EntityType.GOVERNMENT,
          org.vigie.core.EntityType.LOCATION);
    }
  }

  @Test
  void a_country_is_the_place_where_things_happen_and_the_government_where_it_acts() {
    assertThat(ids("en", "Users in the UK saw the images within hours.")).containsExactly("place/united-kingdom");
    assertThat(ids("en", "The UK has demanded that X remove the images.")).contains("government/uk").doesNotContain("place/united-kingdom");
    assertThat(ids("fr", "Ces pratiques sont interdites dans l'UE depuis dimanche.")).containsExactly("place/european-union");
    assertThat(ids("fr", "La France a saisi la justice.")).containsExactly("government/fr");
  }

  @Test
  void a_country_acts_through_french_clitics_and_negation() {
    assertThat(ids("fr", "Le Canada n'envisage pas d'interdire le réseau social.")).contains("government/ca").doesNotContain("place/canada");
    assertThat(ids("fr", "La France s'organise avant le sommet.")).contains("government/fr").doesNotContain("place/france");
    assertThat(ids("fr", "Bruxelles nous demande d'être conformes avant la date."))
        .contains("government/european-commission").doesNotContain("place/brussels");
  }

  @Test
  void a_case_sent_to_a_capital_goes_to_its_government_but_a_place_after_a_locative_stays_a_place() {
    assertThat(ids("fr", "Les signalements, elle les transmet à Bruxelles chaque semaine."))
        .contains("government/european-commission").doesNotContain("place/brussels");
    assertThat(ids("fr", "Elle vit à Bruxelles depuis dix ans.")).contains("place/brussels");
    assertThat(ids("en", "Trump officials lined up to criticize Brussels on Friday."))
        .contains("government/european-commission");
  }

  @Test
  void a_country_that_possesses_an_action_is_its_government_and_a_jurisdiction_is_the_place() {
    assertThat(ids("en", "Trump officials denounce the EU's fine on X.")).contains("government/eu").doesNotContain("place/european-union");
    assertThat(ids("en", "Critics compared it with the UK's Online Safety Act.")).contains("place/united-kingdom").doesNotContain("government/uk");
    assertThat(ids("fr", "Mais l'arsenal de l'UE est plus lourd, estime-t-il.")).contains("government/eu");
  }

  @Test
  void a_government_described_by_its_country_is_one_mention_without_its_article() {
    Map<TextField, Segmentation> fields = new EnumMap<>(TextField.class);
    fields.put(TextField.BODY, LinkerFixture.SEGMENTER.segment(
        "Britain's government said the move was insulting. The EU executive said the checkmark deceived users.", "en"));
    List<Entity> entities = linker.link(fields, "en");
    assertThat(entities.stream().flatMap(e -> e.mentions().stream()).map(m -> m.text()))
        .contains("Britain's government", "EU executive")
        .doesNotContain("Britain", "The EU executive");
    assertThat(entities.stream().map(Entity::id)).contains("government/uk", "government/european-commission")
        .doesNotContain("place/united-kingdom");
  }

  @Test
  void a_currency_prefix_is_not_the_country() {
    assertThat(ids("en", "An employee transferred about HK$200 million, roughly US$25 million, to fraudsters."))
        .doesNotContain("place/united-states", "government/us");
  }

  // Regression: every capitalised government name without an institution word used to count as a
  // place name, so the acronym "DETEC" became a LOCATION new/location/detec. Place names are now
  // only those a KB place bears.
  @Test
  void an_acronym_of_a_ministry_is_never_a_place() {
    assertThat(ids("fr", "Le Conseil fédéral a chargé le DETEC d'élaborer un projet."))
        .contains("government/ch-detec")
        .noneMatch(id -> id.startsWith("new/location/"));
  }

  @Test
  void character_ai_is_the_company_when_sued_or_quoted_and_the_app_when_used() {
    assertThat(ids("en", "A Florida mother has filed a lawsuit against Character.AI over her son's death."))
        .contains("company/character-technologies").doesNotContain("ai/character-ai");
    assertThat(ids("fr", "Character.AI dit avoir le « cœur brisé »."))
        .contains("company/character-technologies");
    assertThat(ids("en", "Teenagers spend hours chatting with bots on Character.AI every day."))
        .contains("ai/character-ai").doesNotContain("company/character-technologies");
  }

  private static List<String> mentions(String lang, String text, String id) {
    return LinkerFixture.mentionTexts(LinkerFixture.linkBody(linker, lang, text, java.time.LocalDate.now(java.time.ZoneOffset.UTC)), id);
  }

  @Test
  void a_description_in_apposition_to_the_name_is_a_title_not_a_second_mention() {
    assertThat(mentions("fr", "Le régulateur britannique des médias, Ofcom, a indiqué avoir pris contact avec X.", "regulator/ofcom"))
        .containsExactly("Ofcom");
    assertThat(mentions("fr", "Le régulateur britannique des médias a ouvert une enquête sur X.", "regulator/ofcom"))
        .containsExactly("régulateur britannique des médias");
  }

  @Test
  void a_relational_description_gives_the_names_inside_it() {
    assertThat(ids("fr", "Meta attaque en justice l'éditeur de CrushAI, une application de déshabillage."))
        .contains("ai/crushai").doesNotContain("company/joy-timeline");
  }

  @Test
  void a_place_inside_the_name_of_an_event_or_a_team_is_not_a_mention() {
    assertThat(ids("en", "Runners will cross the finish line as the London Marathon continues to grow."))
        .doesNotContain("place/london", "government/uk");
    assertThat(ids("fr", "Le XV de France s'offre le Tournoi face à l'Écosse.")).doesNotContain("place/france", "government/fr");
  }

  @Test
  void an_institution_after_a_preposition_is_still_the_institution() {
    assertThat(ids("fr", "Une proposition de loi a été déposée à l'Assemblée nationale par le député Arthur Delaporte."))
        .contains("government/fr-national-assembly");
  }

  @Test
  void an_office_that_titles_its_named_holder_gives_back_the_institution_inside_it() {
    Map<TextField, Segmentation> fields = new EnumMap<>(TextField.class);
    fields.put(TextField.BODY, LinkerFixture.SEGMENTER.segment(
        "« Nous sommes alarmés », a déclaré la porte-parole de la Maison-Blanche, Karine Jean-Pierre.", "fr"));
    EntityLinker full = EntityLinker.withNameFinder(kb, ContextRules.loadDefault(), EntityLinker.defaultNameFinderModel());
    assertThat(full.link(fields, "fr").stream().map(Entity::id)).contains("government/us-white-house");
  }

  @Test
  void a_charity_is_named_without_its_common_noun_and_its_helpline_number_is_not_a_name() {
    assertThat(mentions("fr", "Pour les mineurs, le numéro 3018, géré par l'association e-Enfance, accompagne les familles.",
        "org/e-enfance")).containsExactly("e-Enfance");
  }
}
