package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.Entity;
import org.vigie.core.TextField;
import org.vigie.nlp.text.Segmentation;

/** The same sentence, read by outlets of different countries, names different institutions. */
class CountryPriorTest {
  private static KnowledgeBase kb;
  private static EntityLinker linker;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = CountryPriorTest.class.getResourceAsStream("/kb/shared-institution-names-kb.yml")) {
      kb = KnowledgeBaseLoader.load(in, "shared-institution-names-kb.yml");
    }
    linker = EntityLinker.gazetteerOnly(kb, ContextRules.loadDefault());
  }

  private static List<String> ids(String lang, String text, String outletCountry) {
    Map<TextField, Segmentation> fields = new EnumMap<>(TextField.class);
    fields.put(TextField.BODY, LinkerFixture.SEGMENTER.segment(text, lang));
    return linker.link(fields, lang, LocalDate.of(2026, 1, 15), outletCountry).stream().map(Entity::id).toList();
  }

  private static final String MOJ = "The Ministry of Justice said offenders could face up to two years in prison.";
  private static final String CONSEIL = "Le Conseil d'État devra répondre à l'interpellation d'ici l'été.";

  @Test
  void a_shared_english_name_is_the_institution_of_the_outlets_country() {
    assertThat(ids("en", MOJ, "GB")).containsExactly("government/uk-ministry-of-justice");
    assertThat(ids("en", MOJ, "NZ")).containsExactly("government/nz-ministry-of-justice");
  }

  @Test
  void a_shared_french_name_is_the_institution_of_the_outlets_country_even_by_its_jurisdiction() {
    // the French Conseil d'État has no country of its own in the fixture, only a jurisdiction
    assertThat(ids("fr", CONSEIL, "CH")).containsExactly("government/ge-conseil-d-etat");
    assertThat(ids("fr", CONSEIL, "FR")).containsExactly("government/fr-conseil-d-etat");
  }

  @Test
  void without_an_outlet_country_the_country_the_article_names_decides() {
    String text = "The New Zealand government will change the law. " + MOJ;
    assertThat(ids("en", text, null)).contains("government/nz", "government/nz-ministry-of-justice")
        .doesNotContain("government/uk-ministry-of-justice");
    String texte = "Le gouvernement suisse observe. " + CONSEIL;
    assertThat(ids("fr", texte, null)).contains("government/ch", "government/ge-conseil-d-etat")
        .doesNotContain("government/fr-conseil-d-etat");
  }

  @Test
  void an_outlet_of_a_third_country_leaves_the_article_to_decide() {
    String text = "The New Zealand government will change the law. " + MOJ;
    assertThat(ids("en", text, "SG")).contains("government/nz-ministry-of-justice")
        .doesNotContain("government/uk-ministry-of-justice");
  }

  @Test
  void a_shared_name_of_no_country_in_play_is_left_unlinked_rather_than_guessed() {
    assertThat(ids("en", MOJ, "SG")).isEmpty();
    assertThat(ids("fr", CONSEIL, "BE")).isEmpty();
    // with no outlet country, the first bearer in the KB is still the guess
    assertThat(ids("en", MOJ, null)).containsExactly("government/uk-ministry-of-justice");
  }

  @Test
  void an_entity_takes_its_jurisdictions_country_when_it_has_none() {
    KbEntity conseil = kb.entity("government/fr-conseil-d-etat").orElseThrow();
    assertThat(CountryPrior.countryOf(kb, conseil)).contains("FR");
    assertThat(CountryPrior.countryOf(kb, kb.entity("government/nz").orElseThrow())).contains("NZ");
  }
}
