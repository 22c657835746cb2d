package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.nlp.entities.LinkerFixture.ids;
import static org.vigie.nlp.entities.LinkerFixture.link;
import static org.vigie.nlp.entities.LinkerFixture.mentionTexts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.core.Entity;
import org.vigie.core.EntityMention;
import org.vigie.core.EntityType;

class EntityLinkerTest {

  @Test
  void links_commission_europeenne_and_european_commission_to_one_id() {
    List<Entity> fr = link("fr", "La Commission européenne a infligé une amende à la plateforme.");
    List<Entity> en = link("en", "The European Commission fined the platform on Friday.");
    assertThat(ids(fr)).contains("government/european-commission");
    assertThat(ids(en)).contains("government/european-commission");
    Entity frEntity = fr.stream().filter(e -> e.id().equals("government/european-commission")).findFirst().orElseThrow();
    Entity enEntity = en.stream().filter(e -> e.id().equals("government/european-commission")).findFirst().orElseThrow();
    assertThat(frEntity.name()).isEqualTo("Commission européenne");
    assertThat(enEntity.name()).isEqualTo("European Commission");
    assertThat(frEntity.type()).isEqualTo(EntityType.GOVERNMENT);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "L'Arcom a saisi la justice.|regulator/arcom|Arcom",
        "Le rapport d'Ofcom est attendu.|regulator/ofcom|Ofcom",
        "Le rapport d’Ofcom est attendu.|regulator/ofcom|Ofcom",
        "Il estime qu'Ofcom tarde.|regulator/ofcom|Ofcom",
        "Les règles de l'UE s'appliquent.|org/eu|UE",
        "Les règles de l’Union européenne s’appliquent.|org/eu|Union européenne",
      })
  void finds_names_behind_french_elision(String text, String id, String mention) {
    assertThat(mentionTexts(link("fr", text), id)).containsExactly(mention);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fr|Malcolm X a été assassiné en 1965.",
        "fr|Louis X régna brièvement sur la France.",
        "fr|Le patient a passé une radio aux rayons X hier.",
        "fr|La famille a déposé une plainte contre X pour homicide involontaire.",
        "fr|M. X, dont le nom n'a pas été rendu public, a témoigné.",
        "en|The suspect, known only as Mr X, appeared in court.",
        "en|Generation X workers are the most sceptical.",
        "en|Chapter X of the report deals with funding.",
        "en|An X-ray showed no fracture.",
        "en|Multiply the result by x and add X to the total.",
        "en|The Tesla Model X was recalled.",
      })
  void does_not_take_the_letter_or_numeral_x_for_the_platform(String lang, String text) {
    assertThat(ids(link(lang, text))).doesNotContain("platform/x");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fr|Les images circulent sur X depuis lundi.",
        "fr|Le réseau social X a restreint Grok.",
        "fr|X (ex-Twitter) a réagi jeudi.",
        "fr|Elon Musk a répondu que X respectait la loi.",
        "en|The images spread on X over the weekend.",
        "en|X, formerly Twitter, said it had removed the posts.",
        "en|X Corp said the fine was unjustified.",
        "en|Musk said X would appeal.",
        "en|X's owner responded within hours.",
      })
  void takes_x_for_the_platform_where_the_context_says_so(String lang, String text) {
    List<Entity> entities = link(lang, text);
    assertThat(ids(entities)).containsAnyOf("platform/x", "company/x-corp");
  }

  @Test
  void follows_one_sense_per_discourse_once_x_is_established_as_the_platform() {
    List<Entity> entities =
        link("en", "Grok restricted on X", "X said on Friday that it had complied. Regulators were unconvinced by X.");
    List<EntityMention> mentions =
        entities.stream().filter(e -> e.id().equals("platform/x")).findFirst().orElseThrow().mentions();
    assertThat(mentions).hasSize(3);
    assertThat(mentions).extracting(EntityMention::method).contains("gazetteer+context:x-platform", "gazetteer+discourse:x-platform");
  }

  @Test
  void a_surname_alone_links_only_where_the_article_names_the_person_in_full() {
    assertThat(ids(link("en", "Liz Kendall told MPs the change was not enough. Kendall said Ofcom had her backing.")))
        .contains("official/liz-kendall");
    assertThat(mentionTexts(link("en", "Liz Kendall spoke first. Kendall said more."), "official/liz-kendall"))
        .containsExactly("Liz Kendall", "Kendall");
    assertThat(ids(link("en", "Kendall Jenner posted a photograph on Instagram."))).doesNotContain("official/liz-kendall");
  }

  @Test
  void a_name_several_laws_share_goes_to_the_country_the_article_is_about() {
    assertThat(ids(link("en", "The eSafety Commissioner said the Online Safety Act gives her the power to act.")))
        .contains("law/au-online-safety-act")
        .doesNotContain("law/uk-online-safety-act");
    assertThat(ids(link("en", "Ofcom said the Online Safety Act gives it the power to act.")))
        .contains("law/uk-online-safety-act");
  }

  @Test
  void longest_name_wins_over_its_prefix() {
    List<Entity> entities = link("en", "Grok Imagine, a feature of Grok, produced the images.");
    assertThat(mentionTexts(entities, "ai/grok-imagine")).containsExactly("Grok Imagine");
    assertThat(mentionTexts(entities, "ai/grok")).containsExactly("Grok");
  }

  @Test
  void brussels_is_the_commission_in_policy_context_and_the_city_otherwise() {
    assertThat(ids(link("fr", "Bruxelles a infligé une amende de 120 millions d'euros à X au titre du DSA.")))
        .contains("government/european-commission")
        .doesNotContain("place/brussels");
    assertThat(ids(link("fr", "Il pleuvait à Bruxelles ce matin-là, et le marché était désert.")))
        .contains("place/brussels")
        .doesNotContain("government/european-commission");
    assertThat(ids(link("en", "Brussels warned that the platform could face further fines under the DSA.")))
        .contains("government/european-commission");
  }

  @Test
  void capitals_are_governments_when_they_act() {
    assertThat(ids(link("fr", "Londres menace de bloquer X si la plateforme ne corrige pas Grok.")))
        .contains("government/uk");
    assertThat(ids(link("fr", "Le marathon de Londres aura lieu en avril."))).doesNotContain("government/uk");
    assertThat(ids(link("en", "Downing Street said the change was insulting to victims."))).contains("government/uk");
    assertThat(ids(link("en", "Washington has denounced the fine as censorship."))).contains("government/us");
    assertThat(ids(link("en", "The Washington Post reported the story first."))).doesNotContain("government/us");
  }

  @Test
  void abbreviations_match_only_as_written_and_common_words_need_their_capital() {
    assertThat(ids(link("en", "The DSA applies to very large platforms."))).contains("law/eu-dsa");
    assertThat(ids(link("en", "The dsa value was recorded in the spreadsheet."))).doesNotContain("law/eu-dsa");
    assertThat(ids(link("en", "We watched grok and his friends play."))).doesNotContain("ai/grok");
  }

  @Test
  void mention_offsets_point_at_the_mention_text() {
    String body = "Selon l’Arcom, X (ex-Twitter) et Grok relèvent du DSA ; Ofcom enquête aussi.";
    for (Entity e : link("fr", body)) {
      for (EntityMention m : e.mentions()) {
        assertThat(body.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
  }

  @Test
  void salience_ranks_the_title_entity_above_a_passing_mention() {
    List<Entity> entities =
        link(
            "en",
            "Ofcom opens investigation into X",
            "Ofcom said on Monday it had opened an investigation. Ofcom will report in the spring. "
                + "The European Commission declined to comment.");
    Entity ofcom = entities.stream().filter(e -> e.id().equals("regulator/ofcom")).findFirst().orElseThrow();
    Entity commission =
        entities.stream().filter(e -> e.id().equals("government/european-commission")).findFirst().orElseThrow();
    assertThat(ofcom.salience()).isGreaterThan(commission.salience());
    assertThat(entities.getFirst().id()).isEqualTo("regulator/ofcom");
    assertThat(ofcom.salience()).isBetween(0.0, 1.0);
  }
}
