package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.Entity;
import org.vigie.core.EntityMention;
import org.vigie.core.EntityType;
import org.vigie.core.TextField;
import org.vigie.nlp.text.Segmentation;

class OfficeAndSpokespersonTest {
  private static EntityLinker linker;

  @BeforeAll
  static void load() throws Exception {
    linker = EntityLinker.withNameFinder(KnowledgeBaseTest.smallKb(), ContextRules.loadDefault(), EntityLinker.defaultNameFinderModel());
  }

  private static List<Entity> link(String lang, String text, LocalDate date) {
    Map<TextField, Segmentation> fields = new EnumMap<>(TextField.class);
    fields.put(TextField.BODY, LinkerFixture.SEGMENTER.segment(text, lang));
    return linker.link(fields, lang, date);
  }

  private static Entity withMention(List<Entity> entities, String text) {
    return entities.stream()
        .filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(text)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + entities));
  }

  @Test
  void an_office_named_alone_links_to_whoever_held_it_on_the_article_date() {
    String text = "The Technology Secretary said the platform had to act within days.";
    assertThat(withMention(link("en", text, LocalDate.of(2026, 1, 12)), "The Technology Secretary").id())
        .isEqualTo("official/liz-kendall");
    assertThat(withMention(link("en", text, LocalDate.of(2025, 3, 1)), "The Technology Secretary").id())
        .isEqualTo("official/peter-kyle");
  }

  @Test
  void an_office_beside_the_name_of_its_holder_is_only_a_title() {
    List<Entity> entities = link("en", "Technology Secretary Liz Kendall said Ofcom had her backing.", LocalDate.of(2026, 1, 12));
    assertThat(entities.stream().flatMap(e -> e.mentions().stream()).map(EntityMention::text))
        .contains("Liz Kendall")
        .doesNotContain("Technology Secretary");
  }

  @Test
  void an_institution_the_kb_lacks_is_found_by_the_word_that_says_what_it_is() {
    List<Entity> entities =
        link("en", "The Tech Coalition and the San Francisco Superior Court were both cited in the filing.", LocalDate.of(2026, 1, 12));
    assertThat(withMention(entities, "Tech Coalition").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(withMention(entities, "San Francisco Superior Court").type()).isEqualTo(EntityType.GOVERNMENT);
  }

  @Test
  void a_place_the_kb_lacks_is_found_after_a_locative_but_a_month_is_not() {
    List<Entity> entities =
        link("fr", "Une lycéenne de Saint-Nazaire a porté plainte en janvier ; les faits ont eu lieu à Saint-Nazaire en décembre.",
            LocalDate.of(2026, 1, 12));
    assertThat(withMention(entities, "Saint-Nazaire").type()).isEqualTo(EntityType.LOCATION);
    List<Entity> english = link("en", "The ruling was handed down in January by a judge.", LocalDate.of(2026, 1, 12));
    assertThat(english.stream().flatMap(e -> e.mentions().stream()).map(EntityMention::text)).doesNotContain("January");
  }

  @Test
  void an_unnamed_spokesperson_is_an_official_and_covers_the_institution_named_inside() {
    List<Entity> entities = link("en", "An Ofcom spokesperson said the investigation was a priority.", LocalDate.of(2026, 1, 12));
    Entity spokesperson = withMention(entities, "An Ofcom spokesperson");
    assertThat(spokesperson.type()).isEqualTo(EntityType.OFFICIAL);
    assertThat(spokesperson.id()).startsWith("new/official/");
    assertThat(entities).extracting(Entity::id).doesNotContain("regulator/ofcom");
  }
}
