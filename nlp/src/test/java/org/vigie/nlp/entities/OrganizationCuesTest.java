package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.Entity;
import org.vigie.core.EntityMention;
import org.vigie.core.EntityType;

/** Companies and organisations read from a legal form or a descriptor noun, with no list of names. */
class OrganizationCuesTest {
  private static EntityLinker linker;

  @BeforeAll
  static void load() {
    linker = LinkerFixture.shippedWithNameFinder();
  }

  private static List<String> texts(String lang, String text, EntityType type) {
    return LinkerFixture.typedTexts(linker, lang, text, type);
  }

  private static List<String> all(String lang, String text) {
    return LinkerFixture.link(linker, lang, null, text).stream()
        .flatMap(e -> e.mentions().stream())
        .map(EntityMention::text)
        .toList();
  }

  @Test
  void a_legal_form_after_capitalised_words_makes_a_company_and_stays_in_the_name() {
    assertThat(texts("fr", "Les escrocs ont imité la voix du fondateur de Vitrolux SA lors d’un appel vidéo.", EntityType.COMPANY))
        .contains("Vitrolux SA");
    assertThat(texts("fr", "Dans les ateliers de Cadrans Morel & Fils, à Sonceboz, les commandes baissent.", EntityType.COMPANY))
        .contains("Cadrans Morel & Fils");
    assertThat(texts("fr", "Elle est avocate au cabinet montréalais Gagnon Roy avocats.", EntityType.COMPANY))
        .contains("Gagnon Roy avocats");
    assertThat(texts("en", "The claim was filed against Brightwave Holdings Ltd on Monday.", EntityType.COMPANY))
        .contains("Brightwave Holdings Ltd");
    assertThat(texts("en", "A lawyer at the firm Tan & Koh LLC said victims should act fast.", EntityType.COMPANY))
        .contains("Tan & Koh LLC");
  }

  @Test
  void an_abbreviated_legal_form_keeps_its_dot() {
    assertThat(texts("fr", "Contactée, la société Plumeau Inc., qui édite l’application, assure avoir agi.", EntityType.COMPANY))
        .contains("Plumeau Inc.");
    assertThat(texts("en", "Traders traced the calls to a Texas company, Voxline Corp., and issued a warning.", EntityType.COMPANY))
        .contains("Voxline Corp.");
  }

  @Test
  void a_legal_form_after_a_common_word_or_a_lone_place_is_no_company() {
    assertThat(texts("fr", "La nouvelle SA a été fondée en 2020 à Bienne.", EntityType.COMPANY)).isEmpty();
    assertThat(texts("en", "The AG said the case would be heard in March.", EntityType.COMPANY)).isEmpty();
    assertThat(texts("en", "The Victorian AG said the case would be heard in March.", EntityType.COMPANY)).isEmpty();
    assertThat(texts("en", "Lawyers for the NSW AG said the case would be heard in March.", EntityType.COMPANY)).isEmpty();
    assertThat(all("fr", "Les cabinets d’avocats recrutent des stagiaires.")).isEmpty();
  }

  @Test
  void a_descriptor_noun_with_complements_introduces_a_name() {
    assertThat(texts("fr", "À Illkirch, la jeune pousse Sentia Labs a dû abandonner son module.", EntityType.COMPANY))
        .contains("Sentia Labs");
    assertThat(texts("fr", "Il dirige le cabinet de conseil en cybersécurité CyberVeil, à Bulle.", EntityType.COMPANY))
        .contains("CyberVeil");
    assertThat(texts("fr", "Le phénomène a été documenté par la newsletter Fakewatch et par d’autres.", EntityType.COMPANY))
        .contains("Fakewatch");
    assertThat(texts("fr", "Au laboratoire Imaginor, unité commune à l’université, on teste des détecteurs.", EntityType.ORGANIZATION))
        .contains("Imaginor");
    assertThat(texts("fr", "L’organisation locale de vérification Veritas Nord dit manquer de moyens.", EntityType.ORGANIZATION))
        .contains("Veritas Nord");
    assertThat(texts("en", "The consultancy Brightpath said the figures were wrong.", EntityType.COMPANY))
        .contains("Brightpath");
  }

  @Test
  void a_name_after_a_descriptor_may_open_with_its_article_and_hold_a_place() {
    List<Entity> found = LinkerFixture.link(linker, "fr", null,
        "L’association des commerçants Les Vitrines de Colmar évoque un chiffre d’affaires stable.");
    assertThat(found.stream().filter(e -> e.type() == EntityType.ORGANIZATION).flatMap(e -> e.mentions().stream()).map(EntityMention::text))
        .contains("Les Vitrines de Colmar");
    assertThat(found.stream().filter(e -> e.type() == EntityType.LOCATION)).isEmpty();
    assertThat(texts("fr", "La présidente de l’association strasbourgeoise Les Gardiens du Quartier accompagne des familles.", EntityType.ORGANIZATION))
        .contains("Les Gardiens du Quartier");
  }

  @Test
  void a_descriptor_before_lower_case_words_or_a_person_introduces_nothing() {
    assertThat(texts("fr", "La société civile a réagi vivement à Genève.", EntityType.COMPANY)).isEmpty();
    assertThat(texts("fr", "Le cabinet du ministre Jean Dupont a démenti.", EntityType.COMPANY)).isEmpty();
    assertThat(texts("fr", "L’entreprise familiale a été reprise par Marie Lambert en 2019.", EntityType.COMPANY)).isEmpty();
    assertThat(texts("en", "The newsletter said nothing about it.", EntityType.COMPANY)).isEmpty();
  }

  @Test
  void a_sport_then_a_country_is_its_federation_and_an_acronym_then_a_place_a_branch() {
    List<String> orgs = texts("fr", "Natation Canada et la fédération provinciale ont réagi.", EntityType.ORGANIZATION);
    assertThat(orgs).contains("Natation Canada");
    assertThat(texts("fr", "Natation Canada et la fédération provinciale ont réagi.", EntityType.LOCATION)).doesNotContain("Canada");
    assertThat(texts("en", "Swimming Australia said it would review its policy.", EntityType.ORGANIZATION)).contains("Swimming Australia");
    assertThat(texts("fr", "Le président de la branche hôtellerie de l’FNTH du Bas-Rhin s’inquiète.", EntityType.ORGANIZATION))
        .contains("FNTH du Bas-Rhin");
    assertThat(texts("fr", "Elle a étudié à l’EPF de Lausanne avant de partir.", EntityType.ORGANIZATION)).contains("EPF de Lausanne");
    // a sport played in a country, a title's acronym: no body
    assertThat(texts("fr", "Le hockey au Canada attire les foules.", EntityType.ORGANIZATION)).isEmpty();
    assertThat(texts("fr", "Elle a reçu un SMS de Marie puis un appel du PDG de Valtel.", EntityType.ORGANIZATION)).isEmpty();
    assertThat(texts("en", "The Tennis Canada Open drew a record crowd.", EntityType.ORGANIZATION)).doesNotContain("Tennis Canada");
  }

  @Test
  void a_french_head_keeps_its_lower_case_complements_and_nationality() {
    assertThat(texts("fr", "La Fédération de l’industrie horlogère suisse (FH), dont le siège est à Bienne, s’inquiète.", EntityType.ORGANIZATION))
        .contains("Fédération de l’industrie horlogère suisse");
    assertThat(texts("fr", "Le Club nautique Saint-Ambroise a congédié l’entraîneur.", EntityType.ORGANIZATION))
        .contains("Club nautique Saint-Ambroise");
    assertThat(texts("fr", "Un regroupement d’organismes, la Coalition pour la transparence électorale, demande des garanties.", EntityType.ORGANIZATION))
        .contains("Coalition pour la transparence électorale");
    assertThat(texts("fr", "Il était à ses cours au cégep de Saint-Hyacinthe ce jour-là.", EntityType.ORGANIZATION))
        .contains("cégep de Saint-Hyacinthe");
    assertThat(texts("fr", "La salle de l’école secondaire Marie-Rivier était pleine lundi soir.", EntityType.ORGANIZATION))
        .contains("école secondaire Marie-Rivier");
    // a lower-case school word before an ordinary word, a room that is "polyvalente": no name
    assertThat(texts("fr", "L’école secondaire accueille 800 élèves à Sherbrooke.", EntityType.ORGANIZATION)).isEmpty();
    assertThat(texts("fr", "Dans une salle polyvalente Jean-Marc a installé les tables.", EntityType.ORGANIZATION)).isEmpty();
  }

  @Test
  void more_heads_and_descriptors_name_their_type() {
    assertThat(texts("fr", "Le club appartient depuis 2023 au consortium Fernhill, également propriétaire d’un club anglais.", EntityType.COMPANY))
        .contains("Fernhill");
    assertThat(texts("fr", "La Coopérative nationale de l’information régionale publie six quotidiens.", EntityType.COMPANY))
        .contains("Coopérative nationale de l’information régionale");
    assertThat(texts("en", "The head teacher of Glenrock Academy said pupils were shaken.", EntityType.ORGANIZATION))
        .contains("Glenrock Academy");
    assertThat(texts("en", "It will take legal action against X Corp and xAI LLC over the chatbot.", EntityType.COMPANY)).contains("xAI LLC");
    // an acronym inside a longer capitalised name is that name's
    assertThat(texts("fr", "Au Centre LAVI de Bienne, on espère que la décision encouragera les victimes.", EntityType.ORGANIZATION))
        .doesNotContain("LAVI de Bienne");
  }

  @Test
  void a_centre_is_an_organisation_unless_its_name_says_it_is_the_states() {
    assertThat(texts("fr", "Une cellule de soutien a été mise en place avec le Centre vaudois de psychiatrie.", EntityType.ORGANIZATION))
        .contains("Centre vaudois de psychiatrie");
    assertThat(texts("en", "The Centre for Open Newsrooms said the law went too far.", EntityType.ORGANIZATION))
        .contains("Centre for Open Newsrooms");
    assertThat(texts("fr", "Le Centre national des archives numériques a publié un rapport.", EntityType.GOVERNMENT))
        .contains("Centre national des archives numériques");
    assertThat(texts("fr", "Chicoutimi a signé un septième gain consécutif au Centre Marcel-Dionne.", EntityType.LOCATION))
        .contains("Centre Marcel-Dionne");
    assertThat(texts("fr", "Le Centre de services scolaire des Hautes-Rives (CSSHR) révisera ses règles.", EntityType.GOVERNMENT))
        .contains("Centre de services scolaire des Hautes-Rives");
  }

  @Test
  void a_possessive_after_pour_is_the_sentence_not_the_names_purpose() {
    List<String> found = texts("fr", "Le stade accueille la Fribourg Hockey Academy pour ses entraînements physiques.", EntityType.ORGANIZATION);
    assertThat(found).contains("Fribourg Hockey Academy");
    assertThat(found.stream().filter(t -> t.contains("ses"))).isEmpty();
  }

  @Test
  void a_name_described_after_its_comma_takes_the_nouns_type() {
    assertThat(texts("en", "Zarvo Productions, the US company behind the software, said it would comply.", EntityType.COMPANY))
        .contains("Zarvo Productions");
    assertThat(texts("fr", "Selon Trivalis, une PME de Givisiez, les commandes ont baissé.", EntityType.COMPANY)).contains("Trivalis");
    assertThat(texts("fr", "Le quotidien Le Matinal a révélé l’affaire mardi.", EntityType.COMPANY)).contains("Le Matinal");
    // "le quotidien des familles" is daily life; a place then a described noun is no body
    assertThat(texts("fr", "Le quotidien des familles a changé depuis mars.", EntityType.COMPANY)).isEmpty();
  }

  @Test
  void a_plural_a_heading_break_or_a_persons_title_introduces_no_body() {
    assertThat(texts("fr", "Mistral AI et la PME attentive\n\nCôté entreprises, la prudence domine.", EntityType.COMPANY)).doesNotContain("Côté");
    assertThat(texts("fr", "Les PME Romandes ont signé une lettre.", EntityType.COMPANY)).isEmpty();
    assertThat(texts("en", "Among them was Peter Lowe, the Conservative former cabinet minister, who deleted it.", EntityType.COMPANY)).isEmpty();
  }

  @Test
  void a_company_named_with_its_legal_form_is_the_same_company_alone() {
    List<Entity> found = LinkerFixture.link(linker, "fr", null,
        "Les escrocs ont visé Vitrolux SA en mars. Depuis, Vitrolux a renforcé ses procédures.");
    assertThat(found.stream().filter(e -> e.type() == EntityType.COMPANY))
        .singleElement()
        .satisfies(e -> assertThat(e.mentions().stream().map(EntityMention::text)).containsExactly("Vitrolux SA", "Vitrolux"));
  }

  @Test
  void a_newspaper_after_a_contracted_article_is_the_newspaper() {
    assertThat(LinkerFixture.labelled(linker, "fr", "Les pages du Devoir restent accessibles en ligne.", Entity::id))
        .contains("Devoir=company/le-devoir");
    // "la Coupe du Monde" is a name of its own; "du centre" in lower case is no title
    assertThat(texts("fr", "Il a disputé la Coupe du Monde en 2022.", EntityType.COMPANY)).isEmpty();
  }

  @Test
  void capitals_in_brackets_after_a_body_are_its_acronym_whatever_its_initials() {
    List<Entity> found = LinkerFixture.link(linker, "fr", null,
        "La Fédération de l’industrie horlogère suisse (FH) s’inquiète. La FH demande des mesures.");
    assertThat(found.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals("FH"))))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
          assertThat(e.mentions().stream().map(EntityMention::text))
              .containsExactly("Fédération de l’industrie horlogère suisse", "FH", "FH");
        });
    // after a person or in lower case, brackets hold no acronym of a body
    assertThat(texts("fr", "La députée Céline Vaucher (PS) a déposé une interpellation.", EntityType.ORGANIZATION)).doesNotContain("Céline Vaucher");
    assertThat(texts("fr", "La Fédération de l’industrie horlogère suisse (voir encadré) s’inquiète.", EntityType.ORGANIZATION))
        .containsExactly("Fédération de l’industrie horlogère suisse");
    // capitals that do not open like the name close a longer one: "l'Assemblée parlementaire du Conseil de l'Europe (APCE)"
    assertThat(LinkerFixture.labelled(linker, "fr", "Élu par l’Assemblée parlementaire du Conseil de l’Europe (APCE), il prendra ses fonctions.", Entity::id))
        .doesNotContain("APCE=org/council-of-europe");
  }

  @Test
  void a_french_apposition_without_its_article_describes_the_name() {
    assertThat(texts("fr", "Les Ultras Ouest 44, principal groupe de supporters, ont déployé une banderole.", EntityType.ORGANIZATION))
        .contains("Ultras Ouest 44");
    assertThat(texts("fr", "Selon Norvalis, filiale de Vexio, le contrat est signé.", EntityType.COMPANY)).contains("Norvalis");
    assertThat(texts("fr", "Paul Girard, jeune militant de l’association, a pris la parole.", EntityType.ORGANIZATION)).isEmpty();
  }

  @Test
  void a_persons_name_before_a_described_body_or_after_chez_is_no_body() {
    assertThat(texts("fr", "Fondée par Sophie Marchal, l’entreprise revendique des millions d’utilisateurs.", EntityType.COMPANY)).isEmpty();
    assertThat(texts("fr", "Le téléphone a sonné un mardi matin, chez Thérèse Lachance-Morin.", EntityType.COMPANY)).isEmpty();
    assertThat(texts("fr", "Selon Lexivox, une start-up nantaise, le marché progresse.", EntityType.COMPANY)).contains("Lexivox");
  }

  @Test
  void a_lower_case_head_after_an_indefinite_article_names_nothing() {
    assertThat(texts("fr", "Faux nus dans un collège d’Outremont : trois élèves arrêtés.", EntityType.ORGANIZATION)).isEmpty();
    assertThat(texts("fr", "Les faits se sont produits au collège Jean-Moulin de Rezé.", EntityType.ORGANIZATION)).isNotEmpty();
  }

  @Test
  void after_a_level_of_government_the_regional_adjective_stays_in_the_name() {
    assertThat(texts("fr", "La Police cantonale vaudoise a ouvert une enquête.", EntityType.REGULATOR)).contains("Police cantonale vaudoise");
    assertThat(texts("fr", "La Cour constitutionnelle roumaine a annulé le scrutin.", EntityType.GOVERNMENT)).contains("Cour constitutionnelle");
  }

  @Test
  void a_body_read_by_its_description_whose_name_is_one_kb_entitys_is_that_entity() {
    assertThat(LinkerFixture.labelled(linker, "fr",
        "Une position qui inquiète Yoshua Bengio, fondateur de Mila, l’institut québécois d’intelligence artificielle.", Entity::id))
        .contains("Mila=org/mila");
  }

  @Test
  void a_prosecution_office_or_force_named_by_its_place_is_one_regulator() {
    assertThat(texts("fr", "Le parquet de Thionville a ouvert une enquête.", EntityType.REGULATOR)).contains("parquet de Thionville");
    assertThat(texts("fr", "Le parquet de Thionville a ouvert une enquête.", EntityType.LOCATION)).isEmpty();
    assertThat(texts("fr", "La gendarmerie du Bas-Rhin alerte sur une fraude.", EntityType.REGULATOR)).containsExactly("gendarmerie du Bas-Rhin");
    // a person after "de", a capitalised name running on: no office read here
    assertThat(texts("fr", "La police de Marie Curie était une fiction.", EntityType.REGULATOR)).isEmpty();
    assertThat(texts("fr", "L’enquête a été menée par le Service de police de Granby.", EntityType.REGULATOR))
        .doesNotContain("police de Granby");
  }

  @Test
  void a_lower_case_police_unit_with_its_remit_and_place_is_one_regulator() {
    assertThat(texts("fr", "Les enquêteurs de la brigade de recherches de Sélestat soupçonnent un clonage.", EntityType.REGULATOR))
        .contains("brigade de recherches de Sélestat");
    assertThat(texts("fr", "L’enquête est confiée à la sûreté départementale du Bas-Rhin.", EntityType.REGULATOR))
        .contains("sûreté départementale du Bas-Rhin");
    assertThat(texts("fr", "Selon le groupement de gendarmerie de Haute-Savoie, la voix était clonée.", EntityType.REGULATOR))
        .containsExactly("groupement de gendarmerie de Haute-Savoie");
    // without a place, a unit named by its remit alone is left to the KB
    assertThat(texts("fr", "La brigade de recherches a ouvert une enquête.", EntityType.REGULATOR)).isEmpty();
  }
}
