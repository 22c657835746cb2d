package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.core.Entity;
import org.vigie.core.EntityType;

/**
 * The list of named bodies with the shipped KB, before the place list as in the shipped linker:
 * the fixtures mark the bodies it must find; words, lower-case spellings and longer names are traps.
 */
class NamedBodyRuleTest {
  private static EntityLinker linker;

  @BeforeAll
  static void load() {
    KnowledgeBase kb = LinkerFixture.shippedKb();
    ContextRules rules = ContextRules.loadDefault();
    linker = new EntityLinker(kb, rules, List.of(new ClubRule(), new NamedBodyRule(), new PlaceGazetteerRule(kb, rules)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void finds_the_marked_bodies_and_leaves_the_traps(String lang) {
    MarkedFixture.check(linker, lang, "/organizations/bodies-and-traps-" + lang + ".txt", m -> m.method().equals(NamedBodyRule.METHOD));
  }

  @Test
  void a_body_named_after_a_place_holds_the_place_and_takes_the_type_of_its_row() {
    List<Entity> found = LinkerFixture.link(linker, "fr", null, "Ensemble Montréal reprend l'hôtel de ville ; Swisscom filtre les appels.");
    Entity party = found.stream().filter(e -> e.id().equals("new/organization/ensemble-montreal")).findFirst().orElseThrow();
    assertThat(party.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(LinkerFixture.ids(found)).doesNotContain("place/montreal");
    assertThat(found.stream().filter(e -> e.id().equals("new/company/swisscom")).findFirst().orElseThrow().type())
        .isEqualTo(EntityType.COMPANY);
  }

  @Test
  void repeats_no_name_the_knowledge_base_holds() {
    KnowledgeBase kb = LinkerFixture.shippedKb();
    for (TsvRows.Row row : TsvRows.read(NamedBodyRule.RESOURCE, 2)) {
      for (String name : row.columns()[1].split("\\|")) {
        assertThat(kb.find(name.strip())).as(NamedBodyRule.RESOURCE + ":" + row.number() + " " + name).isEmpty();
      }
    }
    assertThat(new NamedBodyRule().size()).isGreaterThan(250);
  }
}
