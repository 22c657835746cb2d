package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.core.Entity;

/** Places coordinated with a place read as its government, with the shipped KB and rules. */
class PlaceGovernmentsTest {
  private static EntityLinker linker;

  @BeforeAll
  static void load() {
    linker = LinkerFixture.shipped();
  }

  private static String idOf(String lang, String text, String name) {
    List<Entity> entities = LinkerFixture.link(linker, lang, null, text);
    return entities.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(name))).map(Entity::id).findFirst().orElse("none");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fr|Leurs dossiers ont été transmis à Bruxelles, à Berne et à Ottawa.|Berne|government/ch",
      "fr|Leurs dossiers ont été transmis à Bruxelles, à Berne et à Ottawa.|Ottawa|government/ca",
      "en|Critics accuse Brussels and London of overreach.|London|government/uk",
      // "comme" joins two subjects of one plural verb
      "fr|L'Ofcom a ouvert une enquête, et la Malaisie comme l'Indonésie ont temporairement bloqué Grok.|Malaisie|government/my"})
  void a_place_in_a_list_with_an_acting_place_acts_too(String lang, String text, String name, String id) {
    assertThat(idOf(lang, text, name)).isEqualTo(id);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a bare comma ends a clause; a locative makes the place where something is
      "fr|Pavel Durov mis en examen à Paris, Séoul s'attaque aux deepfakes.|Paris|place/paris",
      "en|Authorities in France, India and Malaysia have raised concerns.|France|place/france"})
  void a_clause_or_a_locative_is_no_list_of_actors(String lang, String text, String name, String id) {
    assertThat(idOf(lang, text, name)).isEqualTo(id);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "À la Maison-Blanche, lundi, le président américain a signé le texte.|Maison-Blanche|new/location/white-house",
      "« Vous nous avez volé cette élection », a dénoncé dans les couloirs du Palais-Bourbon une députée.|Palais-Bourbon|new/location/palais-bourbon",
      "La Maison-Blanche a salué le vote du Congrès.|Maison-Blanche|government/us-white-house"})
  void a_seat_where_something_physically_happens_is_the_building(String text, String name, String id) {
    assertThat(idOf("fr", text, name)).isEqualTo(id);
  }
}
