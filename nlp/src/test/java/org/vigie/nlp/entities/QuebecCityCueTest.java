package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.core.Entity;

/**
 * French writes the city "à Québec" and the province "au Québec" (context.yml rule
 * quebec-city-after-a), with the shipped KB and rules.
 */
class QuebecCityCueTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Le petit-fils travaillait à Québec ce jour-là.|place/quebec-city",
      "À Québec, l'affaire survient alors que la commission enquête.|place/quebec-city",
      "Il a déménagé au Québec l'an dernier.|place/quebec",
      "Les entreprises du Québec s'inquiètent.|place/quebec"})
  void a_before_quebec_is_the_city(String text, String id) {
    List<Entity> entities = LinkerFixture.link(LinkerFixture.shipped(), "fr", null, text);
    assertThat(entities).filteredOn(e -> e.mentions().stream().anyMatch(m -> m.text().equals("Québec")))
        .extracting(Entity::id).containsExactly(id);
  }
}
