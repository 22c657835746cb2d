package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vigie.core.Entity;
import org.vigie.core.EntityMention;
import org.vigie.core.EntityType;

/** The given-name rule alone (no name finder), on the sentences of {@code src/test/resources/names/}. */
class GivenNameRuleTest {
  private static EntityLinker linker;

  @BeforeAll
  static void load() throws Exception {
    KnowledgeBase kb = KnowledgeBaseTest.smallKb();
    linker = new EntityLinker(kb, ContextRules.loadDefault(), List.of(new GivenNameRule(kb)));
  }

  private static List<Entity> link(String lang, String text) {
    return LinkerFixture.link(linker, lang, null, text);
  }

  static Stream<String[]> people() throws IOException {
    return fixture("people-found-by-their-given-name.txt");
  }

  static Stream<String[]> traps() throws IOException {
    return fixture("given-names-that-start-places-and-institutions.txt");
  }

  @ParameterizedTest
  @MethodSource("people")
  void a_given_name_and_capitalised_surnames_make_a_person_or_with_an_office_an_official(String lang, String sentence, String name, String type) {
    List<EntityMention> found = link(lang, sentence).stream()
        .filter(e -> e.type() == EntityType.valueOf(type))
        .flatMap(e -> e.mentions().stream())
        .toList();
    assertThat(found).extracting(EntityMention::text).contains(name);
  }

  @ParameterizedTest
  @MethodSource("traps")
  void a_given_name_that_starts_a_place_or_an_institution_is_no_person(String lang, String sentence, String word) {
    assertThat(link(lang, sentence))
        .filteredOn(e -> e.type() == EntityType.PERSON || e.type() == EntityType.OFFICIAL)
        .flatMap(Entity::mentions)
        .noneMatch(m -> m.text().startsWith(word));
  }

  @Test
  void a_name_introduced_by_office_keeps_its_type_and_its_surname_alone_links_to_it() {
    List<Entity> entities = link("en", "Priya Raman, the MP for Leeds Central, called the app dangerous. "
        + "Later, Priya Raman told reporters the vote was close, and Raman said she would try again.");
    Entity raman = entities.stream().filter(e -> e.name().equals("Priya Raman")).findFirst().orElseThrow();
    assertThat(raman.type()).isEqualTo(EntityType.OFFICIAL);
    assertThat(raman.mentions()).extracting(EntityMention::text).containsExactly("Priya Raman", "Priya Raman", "Raman");
  }

  @Test
  void a_surname_of_several_words_named_alone_later_is_the_same_person() {
    List<Entity> entities = link("fr", "Selon Maëlle Le Garrec, l'application pose problème. « C'est inquiétant », ajoute Le Garrec.");
    Entity garrec = entities.stream().filter(e -> e.name().equals("Maëlle Le Garrec")).findFirst().orElseThrow();
    assertThat(garrec.mentions()).extracting(EntityMention::text).containsExactly("Maëlle Le Garrec", "Le Garrec");
  }

  @Test
  void a_possessive_post_in_a_company_is_no_public_office() {
    List<Entity> entities = link("en", "Microsoft's president, Daniel Whitcombe, said the company would comply.");
    assertThat(entities).filteredOn(e -> e.name().equals("Daniel Whitcombe")).extracting(Entity::type).containsExactly(EntityType.PERSON);
  }

  @Test
  void every_name_in_the_resource_is_folded_so_accents_do_not_matter() {
    assertThat(GivenNameRule.isGivenName("Hélène")).isTrue();
    assertThat(GivenNameRule.isGivenName("HELENE")).isTrue();
    assertThat(GivenNameRule.isGivenName("Ofcom")).isFalse();
  }

  private static Stream<String[]> fixture(String file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        GivenNameRuleTest.class.getResourceAsStream("/names/" + file), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cells = line.split("\\|");
        for (int i = 0; i < cells.length; i++) cells[i] = cells[i].strip();
        rows.add(cells);
      }
    }
    assertThat(rows).isNotEmpty();
    return rows.stream();
  }
}
