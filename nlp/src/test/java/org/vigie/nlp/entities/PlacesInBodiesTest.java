package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A place ending the name of a French prosecution or police service is no mention of its own. */
class PlacesInBodiesTest {
  private static EntityLinker linker;

  @BeforeAll
  static void load() {
    linker = LinkerFixture.shipped();
  }

  private static List<String> texts(String lang, String text) {
    return LinkerFixture.link(linker, lang, null, text).stream().flatMap(e -> e.mentions().stream().map(m -> m.text())).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Le parquet de Lyon s'est dessaisi au profit de la JIRS.|Lyon",
      "Une plainte a été déposée auprès du parquet de Strasbourg.|Strasbourg",
      "Les enquêteurs de la brigade de recherches de Toulouse ont interpellé un suspect.|Toulouse",
      "La juridiction interrégionale spécialisée de Lyon est saisie.|Lyon",
      "Quand la SIG remportait le championnat de France, la salle était pleine.|France",
      // a hyphen joins the place to a longer name
      "Six personnes ont été interpellées en Île-de-France et dans le Nord.|France",
      "Sylvain Roux est conseiller syndical au SCFP-Québec depuis 2019.|Québec"})
  void the_place_is_part_of_the_service_s_name(String text, String place) {
    assertThat(texts("fr", text)).doesNotContain(place);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Le suspect a été interpellé à Lyon mardi.|Lyon",
      "The Lyon prosecutor's office opened an inquiry.|Lyon"})
  void elsewhere_the_place_stays(String text, String place) {
    String lang = text.startsWith("The") ? "en" : "fr";
    assertThat(texts(lang, text)).contains(place);
  }
}
