package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.core.Entity;

/** French places the KB lacks, read from a constituency or from a list of places by "de". */
class PlaceCuesTest {
  private static EntityLinker linker;

  @BeforeAll
  static void load() {
    linker = LinkerFixture.shipped();
  }

  private static List<String> mentions(String lang, String text) {
    return LinkerFixture.labelled(linker, lang, text, Entity::type);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fr|Le rapporteur, le député Renaissance de l'Essonne Paul Midy, salue le texte.|Essonne=LOCATION",
      "fr|La sénatrice LR du Rhône a déposé une proposition de loi.|Rhône=LOCATION",
      "fr|L'affaire résonne jusque dans les écoles de Lausanne et de Moutier.|Moutier=LOCATION",
      "fr|Une décision semblable vise les ports de Vancouver et de Prince Rupert, paralysés eux aussi.|Prince Rupert=LOCATION"})
  void the_phrase_makes_the_place(String lang, String text, String expected) {
    assertThat(mentions(lang, text)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // not a list of places by "de"; English is not read
      "fr|Il a quitté Lausanne et Moutier reste vide.|Moutier=LOCATION",
      "en|The member for Essonne de Moutier spoke.|Moutier=LOCATION"})
  void elsewhere_nothing(String lang, String text, String absent) {
    assertThat(mentions(lang, text)).doesNotContain(absent);
  }
}
