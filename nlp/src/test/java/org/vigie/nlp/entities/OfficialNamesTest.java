package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.Entity;
import org.vigie.core.EntityType;

/** The list of well-known office holders, read by the given-name rule over the shipped KB. */
class OfficialNamesTest {
  private static EntityLinker linker;

  @BeforeAll
  static void load() {
    KnowledgeBase kb = LinkerFixture.shippedKb();
    linker = new EntityLinker(kb, ContextRules.loadDefault(), List.of(new GivenNameRule(kb)));
  }

  private static Entity named(String lang, String text, String name) {
    return LinkerFixture.link(linker, lang, null, text).stream()
        .filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(name)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + name + "' in " + text));
  }

  @Test
  void a_listed_office_holder_named_without_the_office_is_an_official() {
    Entity fr = named("fr", "Yaël Braun-Pivet a été réélue de justesse face à André Chassaigne.", "André Chassaigne");
    assertThat(fr.type()).isEqualTo(EntityType.OFFICIAL);
    assertThat(fr.id()).isEqualTo("new/official/andre-chassaigne");
    assertThat(named("en", "Shares fell after Pierre Poilievre criticised the budget.", "Pierre Poilievre").type())
        .isEqualTo(EntityType.OFFICIAL);
  }

  @Test
  void an_unlisted_name_without_an_office_stays_a_person_and_the_list_matches_whole_names_only() {
    assertThat(named("fr", "Le texte a été commenté par André Dupuis-Marchand, retraité.", "André Dupuis-Marchand").type())
        .isEqualTo(EntityType.PERSON);
    assertThat(OfficialNames.contains("André Chassaigne")).isTrue();
    assertThat(OfficialNames.contains("Andre Chassaigne")).isTrue();
    assertThat(OfficialNames.contains("André")).isFalse();
    assertThat(OfficialNames.size()).isGreaterThan(120);
  }
}
