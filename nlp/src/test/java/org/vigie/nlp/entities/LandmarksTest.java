package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.core.Entity;

/** French landmarks named by a lower-case head noun and a proper name, with the shipped KB and rules. */
class LandmarksTest {
  private static EntityLinker linker;

  @BeforeAll
  static void load() {
    linker = LinkerFixture.shipped();
  }

  private static List<String> mentions(String lang, String text) {
    return LinkerFixture.labelled(linker, lang, text, Entity::id);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Louis X est exposé au château de Vincennes, là même où il est mort.|château de Vincennes=new/location/chateau-de-vincennes",
      "Ottawa impose la reprise du travail au port de Montréal, où les débardeurs sont en lock-out.|port de Montréal=new/location/port-de-montreal",
      "Au palais de justice de Montréal, la salle 4.10 était silencieuse jeudi.|palais de justice de Montréal=new/location/palais-de-justice-de-montreal",
      "Des dizaines de partisans s'étaient réunis au stade Percival-Molson.|stade Percival-Molson=new/location/stade-percival-molson",
      "Elle tient un magasin rue des Hallebardes depuis vingt ans.|rue des Hallebardes=new/location/rue-des-hallebardes",
      "Le Conseil de l'Europe siège au Palais de l'Europe, à Strasbourg.|Palais de l'Europe=new/location/palais-de-l-europe"})
  void the_head_noun_and_its_name_are_one_place(String text, String expected) {
    List<String> found = mentions("fr", text);
    assertThat(found).contains(expected);
    // the place inside the landmark's name is no mention of its own
    int start = text.indexOf(expected.substring(0, expected.indexOf('=')));
    assertThat(LinkerFixture.link(linker, "fr", null, text).stream().flatMap(e -> e.mentions().stream()))
        .noneMatch(m -> m.start() > start && m.end() <= start + expected.indexOf('='));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fr|Bienne recevra Zoug à la Tissot Arena mardi soir.|Tissot Arena=new/location/tissot-arena",
      "en|West Ham were held 2-2 at the London Stadium on Saturday.|London Stadium=new/location/london-stadium"})
  void a_capitalised_tail_noun_makes_a_venue(String lang, String text, String expected) {
    assertThat(mentions(lang, text)).contains(expected).noneMatch(m -> m.startsWith("London=") || m.startsWith("La Tissot"));
  }

  @Test
  void a_rank_is_no_square() {
    // "place" is also a rank: a name already read inside it keeps its reading
    List<String> found = mentions("fr", "La ministre défend la place de la France dans la course à l'IA.");
    assertThat(found).noneMatch(m -> m.startsWith("place de la France"));
    assertThat(found).anyMatch(m -> m.startsWith("France="));
  }

  @Test
  void only_french_text() {
    assertThat(mentions("en", "Shops on the rue Centrale in Bienne closed early.")).noneMatch(m -> m.startsWith("rue Centrale"));
  }
}
