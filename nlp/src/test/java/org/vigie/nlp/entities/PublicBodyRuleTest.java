package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.core.Entity;
import org.vigie.core.EntityType;

/**
 * The public-body rule with the shipped KB and rules, after the gazetteer and the acronym rule:
 * the fixtures mark the bodies it must find; every other name on a line is a trap it must leave.
 */
class PublicBodyRuleTest {
  private static EntityLinker linker;

  @BeforeAll
  static void load() throws IOException {
    linker = new EntityLinker(LinkerFixture.shippedKb(), ContextRules.loadDefault(), List.of(new AcronymRule(), new PublicBodyRule()));
  }

  private static List<Entity> link(String lang, String text) {
    return LinkerFixture.link(linker, lang, null, text);
  }


  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void finds_the_marked_bodies_and_leaves_the_traps(String lang) {
    MarkedFixture.check(linker, lang, "/publicbodies/bodies-and-traps-" + lang + ".txt", m -> m.method().equals(PublicBodyRule.METHOD),
        e -> assertThat(e.type()).as(e.name()).isEqualTo(EntityType.GOVERNMENT));
  }

  @Test
  void the_place_inside_a_body_is_no_mention_of_its_own() {
    List<Entity> entities = link("fr", "La Ville de Strasbourg a publié un démenti.");
    assertThat(entities).noneMatch(e -> e.type() == EntityType.LOCATION);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "en|The Office for National Statistics (ONS) said on Friday that the ONS would revise its figures.",
      "fr|La Communauté métropolitaine de Montréal (CMM) a adopté son plan, dit la CMM."})
  void an_acronym_defined_in_brackets_takes_its_public_expansions_type(String line) {
    String[] parts = line.split("\\|");
    List<Entity> entities = link(parts[0], parts[1]);
    Entity body = entities.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.method().equals(AcronymRule.METHOD))).findFirst().orElseThrow();
    assertThat(body.type()).isEqualTo(EntityType.GOVERNMENT);
    assertThat(body.mentions()).hasSize(3);
  }
}
