package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.core.Entity;

/**
 * Places that stand for their government and places that stay places, by the shipped context
 * rules' cues (context.yml: authority-before, country-acts), with the shipped KB.
 */
class CountryActsCuesTest {
  private static EntityLinker linker;

  @BeforeAll
  static void load() {
    linker = LinkerFixture.shipped();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // an authority a file is sent back to, accused, reproached, waited for, whose powers are named
      "fr|Paris renvoie à Bruxelles, qui renvoie à la procédure.|Bruxelles|government/european-commission",
      "fr|Washington reproche à la Suisse son excédent commercial.|Suisse|government/ch",
      "fr|Les associations, elles, n'attendent pas Berne pour agir.|Berne|government/ch",
      "fr|« Ottawa ne doit pas empiéter sur les compétences du Québec. »|Québec|government/qc",
      "en|Critics accuse Brussels of overreach.|Brussels|government/european-commission",
      // the agent of a passive, and the places listed with it
      "fr|Le traité a été signé jeudi par l'Union européenne, les États-Unis et le Royaume-Uni.|Union européenne|government/eu",
      "fr|Le traité a été signé jeudi par l'Union européenne, les États-Unis et le Royaume-Uni.|Royaume-Uni|government/uk",
      "fr|Les coupes décidées à Paris pèsent sur la région.|Paris|government/fr",
      // a genitive complement, an agency named after its country, a country that suffers or hosts
      "fr|Le commissaire à la protection de la vie privée du Canada, Philippe Dufresne, a annoncé une enquête.|Canada|place/canada",
      "fr|Le premier ministre du Québec, François Legault, a demandé un programme d'aide.|Québec|place/quebec",
      "fr|La Suisse n'est pas épargnée par le phénomène.|Suisse|place/switzerland",
      "fr|L'Irlande accueille le siège européen de la plupart des plateformes.|Irlande|place/ireland"})
  void the_cue_decides_government_or_place(String lang, String text, String name, String id) {
    List<Entity> entities = LinkerFixture.link(linker, lang, null, text);
    assertThat(entities).filteredOn(e -> e.mentions().stream().anyMatch(m -> m.text().equals(name)))
        .extracting(Entity::id).containsExactly(id);
  }

  @org.junit.jupiter.api.Test
  void a_heading_without_a_full_stop_does_not_join_the_next_paragraph() {
    List<Entity> entities = LinkerFixture.link(linker, "fr", null, "La ministre renvoie à Bruxelles\n\nAu banc du gouvernement, la ministre a répondu.");
    assertThat(entities).filteredOn(e -> e.mentions().stream().anyMatch(m -> m.text().equals("Bruxelles")))
        .extracting(Entity::id).containsExactly("government/european-commission");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fr|Amnesty Suisse regrette l'absence d'une infraction spécifique.|government/ch",
      "fr|La chambre rencontre Investissement Québec et Développement économique Canada jeudi.|government/qc"})
  void an_agency_named_after_its_country_is_not_the_government(String lang, String text, String id) {
    assertThat(LinkerFixture.link(linker, lang, null, text)).noneMatch(e -> e.id().equals(id));
  }
}
