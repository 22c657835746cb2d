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
 * The club list with the shipped KB, before the place list as in the shipped linker: the fixtures
 * mark the clubs it must find; the places, common words and longer names on a line are traps.
 */
class ClubRuleTest {
  private static EntityLinker linker;

  @BeforeAll
  static void load() throws IOException {
    KnowledgeBase kb = LinkerFixture.shippedKb();
    ContextRules rules = ContextRules.loadDefault();
    linker = new EntityLinker(kb, rules, List.of(new ClubRule(), new PlaceGazetteerRule(kb, rules)));
  }

  private static List<Entity> link(String lang, String text) {
    return LinkerFixture.link(linker, lang, null, text);
  }


  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void finds_the_marked_clubs_and_leaves_the_traps(String lang) {
    MarkedFixture.check(linker, lang, "/sports/clubs-and-traps-" + lang + ".txt", m -> m.method().equals(ClubRule.METHOD));
  }

  @Test
  void a_club_named_after_a_place_is_one_organization_and_not_the_place() {
    List<Entity> en = link("en", "Chelsea came from two goals down to draw 2-2 at Aston Villa.");
    Entity villa = en.stream().filter(e -> e.id().equals("new/organization/aston-villa")).findFirst().orElseThrow();
    assertThat(villa.type()).isEqualTo(EntityType.ORGANIZATION);
    List<Entity> fr = link("fr", "Le Paris Saint-Germain, ou PSG, a battu Lens.");
    assertThat(LinkerFixture.ids(fr)).contains("new/organization/paris-saint-germain").doesNotContain("place/paris");
    assertThat(fr.stream().filter(e -> e.id().equals("new/organization/paris-saint-germain")).findFirst().orElseThrow().mentions())
        .hasSize(2);
  }
}
