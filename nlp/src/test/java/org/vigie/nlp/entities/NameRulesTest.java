package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.core.Entity;
import org.vigie.core.EntityType;

/** The rules for names the KB lacks, without the statistical name finder, so each rule is seen alone. */
class NameRulesTest {
  private static EntityLinker linker;

  @BeforeAll
  static void load() throws Exception {
    linker =
        new EntityLinker(
            KnowledgeBaseTest.smallKb(), ContextRules.loadDefault(),
            List.of(new SpokespersonRule(), new AcronymRule(), new OrganizationRule(), new TitleRule(KnowledgeBaseTest.smallKb()), new PlaceRule()));
  }

  private static List<Entity> link(String lang, String text) {
    return LinkerFixture.link(linker, lang, null, text);
  }

  private static Entity named(List<Entity> entities, String text) {
    return entities.stream()
        .filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(text)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + entities));
  }

  @Test
  void an_institution_head_alone_at_the_start_of_a_text_is_no_name_and_no_crash() {
    // the head word as the text's first token with nothing after it that extends the name: the
    // nationality check used to look one token before the text
    assertThat(link("fr", "Fondation : les dons reculent. Centre ? Personne ne répond.")).isNotNull()
        .noneMatch(e -> e.mentions().stream().anyMatch(m -> m.text().startsWith("Fondation") || m.text().startsWith("Centre")));
  }

  @Test
  void an_acronym_defined_in_brackets_is_one_entity_with_its_expansion() {
    List<Entity> entities =
        link("fr", "La Confédération des petites et moyennes entreprises (CPME) du Rhône recommande un mot de passe. "
            + "Pour la CPME, la prudence s'impose.");
    Entity cpme = named(entities, "Confédération des petites et moyennes entreprises");
    assertThat(cpme.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(cpme.mentions()).extracting(m -> m.text()).containsExactly(
        "Confédération des petites et moyennes entreprises", "CPME", "CPME");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a lower-case head opens the name; the place inside it is no mention of its own
        "fr | Le laboratoire de l'université de Technologie de Compiègne (UTC) a examiné le fichier. | université de Technologie de Compiègne | UTC",
        // "à" is spelled where the acronym has its initial
        "fr | À l'Université du Québec à Chicoutimi (UQAC), la professeure a étudié 300 cas. | Université du Québec à Chicoutimi | UQAC",
        // a hyphenated acronym: its first part spells the name, the second names the parent body
        "fr | La Fédération nationale des communications et de la culture (FNCC-CSN) réclame de l'aide. | Fédération nationale des communications et de la culture | FNCC-CSN",
        // or its second part opens the last word
        "fr | Une séance avec la Haute école d'ingénierie et d'architecture de Fribourg (HEIA-FR) aura lieu. | Haute école d'ingénierie et d'architecture de Fribourg | HEIA-FR",
        "en | The Ministry of Education (MOE) said schools had guidelines. | Ministry of Education | MOE"
      })
  void an_acronym_may_spell_a_lower_case_head_a_function_word_or_one_part_of_a_hyphenated_acronym(
      String lang, String text, String name, String acronym) {
    Entity body = named(link(lang, text), name);
    assertThat(body.mentions()).extracting(m -> m.text()).containsExactly(name, acronym);
    assertThat(body.id()).startsWith("new/");
  }

  @Test
  void a_bracket_whose_letters_are_not_the_initials_makes_nothing() {
    assertThat(link("fr", "Les Bleus ont battu l'Écosse au Stade Municipal (AFP).")).noneMatch(e -> e.mentions().stream()
        .anyMatch(m -> m.text().equals("AFP")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "fr | À Nantes, l'association Clic-Sûr 44 a reçu une quinzaine d'appels. | Clic-Sûr 44 | ORGANIZATION",
        "en | In Glasgow, the charity Safe Screens Scotland runs workshops for parents. | Safe Screens Scotland | ORGANIZATION",
        "fr | L'avocate, associée du cabinet Kerjean & Lebreton, le confirme. | Kerjean & Lebreton | COMPANY",
        "fr | On croyait entendre Michal Šimečka, chef du parti libéral Slovaquie progressiste, discuter. | Slovaquie progressiste | ORGANIZATION",
        "fr | Elle a été soignée à l'hôpital Robert-Debré, à Paris. | hôpital Robert-Debré | ORGANIZATION",
        "fr | La présidence de l'université Rennes 2 a rappelé ses règles. | université Rennes 2 | ORGANIZATION",
        "en | Transport for London has warned of road closures. | Transport for London | ORGANIZATION",
      })
  void institutions_are_found_by_the_noun_that_introduces_them(String lang, String text, String name, EntityType type) {
    assertThat(named(link(lang, text), name).type()).isEqualTo(type);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "« C'est une bonne nouvelle », explique sa cofondatrice, Inès Bouchareb. | Inès Bouchareb | PERSON",
        "« Le problème, c'est la facilité », relève Me Capucine Arnal, avocate au barreau. | Capucine Arnal | PERSON",
        "« Il faut que les plaintes aboutissent », nuance sa présidente, Maëlle Guérin. | Maëlle Guérin | PERSON",
        "« La voix suffit », estime le commandant Loïc Pellerin, chef d'une section de l'office. | Loïc Pellerin | OFFICIAL",
        "« Un premier pas », juge Erwan Le Floch, député de la circonscription. | Erwan Le Floch | OFFICIAL",
        "Pour Pierre-Yves Lemasson, maître de conférences, le texte arrive tard. | Pierre-Yves Lemasson | PERSON",
        "Hugo Marchand, psychologue de la structure, reçoit les familles. | Hugo Marchand | PERSON",
      })
  void french_attributions_and_roles_introduce_people(String text, String name, EntityType type) {
    assertThat(named(link("fr", text), name).type()).isEqualTo(type);
  }

  @Test
  void a_dateline_in_capitals_is_where_the_story_was_filed() {
    Entity place = named(link("fr", "BUCAREST — Du jamais-vu dans l'Union européenne : la présidentielle est annulée."), "BUCAREST");
    assertThat(place.type()).isEqualTo(EntityType.LOCATION);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Principal Andrew Neal said the school was deeply distressed. | Andrew Neal | PERSON",
        "Opposition Leader Peter Dutton said families were still worse off. | Peter Dutton | OFFICIAL",
        "White House press secretary Karine Jean-Pierre said on Friday that it was alarming. | Karine Jean-Pierre | OFFICIAL",
        "The Animal Justice Party MP Georgie Purcell said she doubted it. | Animal Justice Party | ORGANIZATION",
      })
  void capitalised_titles_stay_outside_the_names_they_introduce(String text, String name, EntityType type) {
    assertThat(named(link("en", text), name).type()).isEqualTo(type);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | The course starts in Greenwich and Blackheath before the finish. | Blackheath",
        "en | The Cambridge-based charity finds and removes abuse imagery. | Cambridge",
        "en | In Edinburgh's financial district, the case has become a warning. | Edinburgh",
      })
  void places_are_found_in_coordination_before_based_and_without_their_possessive(String lang, String text, String name) {
    assertThat(named(link(lang, text), name).type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void a_hyphenated_acronym_or_a_nationality_is_not_a_place() {
    assertThat(link("en", "The charity reported a sharp rise in AI-generated imagery and in British technology shares."))
        .noneMatch(e -> e.type() == EntityType.LOCATION);
  }

  @Test
  void an_authority_defined_with_its_acronym_is_a_regulator() {
    Entity amf = named(link("fr", "L'Autorité des marchés financiers (AMF) a publié une mise en garde."), "AMF");
    assertThat(amf.type()).isEqualTo(EntityType.REGULATOR);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "fr | Seule ombre au tableau, le défenseur Olivier Tremblay a quitté la rencontre. | Olivier Tremblay",
        "fr | Au Saguenay, la travailleuse sociale Annie Fortin anime des ateliers. | Annie Fortin",
        "fr | À l'université, la professeure de psychologie Geneviève Simard étudie ces usages. | Geneviève Simard",
        "en | A late try from winger Ruaridh McAllister settled an entertaining friendly. | Ruaridh McAllister",
        "en | Clips of Bollywood actors Aamir Khan and Ranveer Singh spread widely. | Aamir Khan",
      })
  void an_occupation_before_a_name_introduces_a_person(String lang, String text, String name) {
    assertThat(named(link(lang, text), name).type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void names_coordinated_with_a_person_are_people_but_an_apposition_is_not_a_list() {
    List<Entity> list = link("fr", "Selon Marc Tremblay, Julie Roy et Paul Girard, la fraude ne disparaîtra pas.");
    assertThat(named(list, "Julie Roy").type()).isEqualTo(EntityType.PERSON);
    assertThat(named(list, "Paul Girard").type()).isEqualTo(EntityType.PERSON);
    List<Entity> apposition =
        link("fr", "Catherine Connolly y affronte la candidate du Fine Gael, Heather Humphreys, ancienne ministre.");
    assertThat(apposition).noneMatch(e -> e.type() == EntityType.PERSON && e.mentions().stream().anyMatch(m -> m.text().equals("Fine Gael")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | The maximum penalty is too low, said Professor Eleanor Chu of the University of Sydney. | Eleanor Chu | PERSON",
        "en | The maximum penalty is too low, said Professor Eleanor Chu of the University of Sydney. | University of Sydney | ORGANIZATION",
        "en | Dr Priya Raman of Monash University said boys needed to be part of the conversation. | Monash University | ORGANIZATION",
        "en | At Brunswick Secondary College in Melbourne, staff met the parents. | Brunswick Secondary College | ORGANIZATION",
      })
  void a_person_titled_before_an_institution_and_a_sentence_opening_preposition_stay_outside_it(
      String lang, String text, String name, EntityType type) {
    assertThat(named(link(lang, text), name).type()).isEqualTo(type);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "fr | Le Parti québécois et les libéraux réclament une loi. | Parti québécois | ORGANIZATION",
        "fr | Le Bloc québécois entend proposer de scinder le projet. | Bloc québécois | ORGANIZATION",
        "en | In the chamber, SNP MSP Iain Cowie said it was overdue. | SNP | ORGANIZATION",
        "en | In the chamber, SNP MSP Iain Cowie said it was overdue. | Iain Cowie | OFFICIAL",
      })
  void parties_named_as_nouns_and_their_elected_members(String lang, String text, String name, EntityType type) {
    assertThat(named(link(lang, text), name).type()).isEqualTo(type);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en | SAG-AFTRA, the actors' union, called the images unacceptable. | SAG-AFTRA | ORGANIZATION",
        "fr | Cela inquiète Yoshua Bengio, fondateur de Mila, l'institut québécois d'intelligence artificielle. | Mila | ORGANIZATION",
        "fr | Rappelle Olivier Dufour, de Cyberaide Jeunesse, un petit organisme d'Alma qui forme les aînés. | Cyberaide Jeunesse | ORGANIZATION",
      })
  void a_body_described_in_apposition_after_its_name(String lang, String text, String name, EntityType type) {
    assertThat(named(link(lang, text), name).type()).isEqualTo(type);
  }

  @Test
  void a_place_opening_the_sentence_before_an_introduced_body_is_not_that_body() {
    List<Entity> entities = link("fr", "À Nantes, l'association Clic-Sûr 44 a reçu une quinzaine d'appels.");
    assertThat(entities).noneMatch(e -> e.type() == EntityType.ORGANIZATION && e.mentions().stream().anyMatch(m -> m.text().equals("Nantes")));
    assertThat(named(entities, "Clic-Sûr 44").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void a_name_ending_with_a_place_is_no_person_even_when_it_speaks() {
    assertThat(link("en", "Safe Streets London said it had received calls from women."))
        .noneMatch(e -> e.type() == EntityType.PERSON);
  }

  @Test
  void a_surname_inside_a_longer_name_is_not_the_person() {
    List<Entity> entities =
        link("en", "Tom Marsh said it was wrong. Pupils of Bacchus Marsh Grammar were targeted. Marsh added that police knew.");
    Entity marsh = named(entities, "Tom Marsh");
    assertThat(marsh.mentions()).extracting(m -> m.text()).containsExactly("Tom Marsh", "Marsh");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "fr | Une radiologue de Rennes a porté plainte lundi. | Rennes",
        "fr | Selon Sandrine Le Goff, adjointe au maire de Nantes, la ville a formé ses agents. | Nantes",
        "fr | Le natif de Dolbeau-Mistassini a repoussé 34 lancers. | Dolbeau-Mistassini",
        "fr | Deux arrestations ont eu lieu au Saguenay–Lac-Saint-Jean la semaine dernière. | Saguenay–Lac-Saint-Jean",
        "en | The photo was posted by a nurse from Footscray last week. | Footscray",
        "en | Noelle Martin, a Perth lawyer and activist, was targeted. | Perth",
        "en | The call was made by a New Orleans magician for $150. | New Orleans",
      })
  void places_of_origin_and_places_that_locate_a_noun(String lang, String text, String name) {
    assertThat(named(link(lang, text), name).type()).isEqualTo(EntityType.LOCATION);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "fr | Le maire de Saint-Nazaire a salué une excellente nouvelle. | Saint-Nazaire",
        "fr | Le projet a été présenté par Jean-Noël Barrot, alors chargé du Numérique. | Numérique",
        "fr | Les Bleus ont dominé l'Écosse au Stade de France samedi. | Stade",
        "en | Political consultant Steve Kramer also faces charges. | Political",
        "en | It drew a letter from Sarah Jones and her lawyers. | Sarah Jones",
        "fr | Le patron de Publicis a démenti toute négociation. | Publicis",
      })
  void office_phrases_portfolios_longer_names_adjectives_and_senders_are_not_places(String lang, String text, String name) {
    assertThat(link(lang, text)).noneMatch(e -> e.type() == EntityType.LOCATION && e.mentions().stream().anyMatch(m -> m.text().equals(name)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Chloe Kelly a inscrit le penalty décisif devant un stade plein. | Chloe Kelly | PERSON",
        "Les Espagnoles avaient ouvert le score en première période par Mariona Caldentey. | Mariona Caldentey | PERSON",
        "Kaja Kallas, la cheffe de la diplomatie européenne, a réagi. | Kaja Kallas | OFFICIAL",
      })
  void french_subjects_agents_and_heads_introduce_people(String text, String name, EntityType type) {
    assertThat(named(link("fr", text), name).type()).isEqualTo(type);
  }

  @Test
  void a_plural_subject_is_a_group_not_a_person() {
    assertThat(link("fr", "Les Saguenéens de Chicoutimi ont poursuivi leur lancée dimanche."))
        .noneMatch(e -> e.type() == EntityType.PERSON);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "L'Association canadienne des libertés civiles juge certaines dispositions trop larges. | Association canadienne des libertés civiles | ORGANIZATION",
        "L'enquête avait été menée par le Service de police de Sherbrooke, avec le soutien de la province. | Service de police de Sherbrooke | REGULATOR",
        "La Cour constitutionnelle roumaine a annulé vendredi le scrutin. | Cour constitutionnelle | GOVERNMENT",
        "Chez Lexivox, une jeune pousse lyonnaise, la règle a changé. | Lexivox | COMPANY",
        "À Montoir-de-Bretagne, chez Ouest Tôlerie Marine, on attendait ce signal. | Ouest Tôlerie Marine | COMPANY",
        "Le Centre national de coordination contre l'exploitation des enfants indique un délai. | Centre national de coordination contre l'exploitation des enfants | GOVERNMENT",
      })
  void french_institutions_written_with_one_capital_and_the_business_one_is_at(String text, String name, EntityType type) {
    assertThat(named(link("fr", text), name).type()).isEqualTo(type);
  }
}
