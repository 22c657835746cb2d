package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.Entity;
import org.vigie.core.EntityMention;
import org.vigie.core.EntityType;
import org.vigie.core.TextField;
import org.vigie.nlp.text.Segmentation;

/** Round 4: what the outlet tells about its articles (its country, its own name). */
class OutletCountryAndSelfNameTest {
  private static final LocalDate DATE = LocalDate.of(2026, 1, 12);
  private static EntityLinker linker;

  @BeforeAll
  static void load() throws Exception {
    linker = EntityLinker.gazetteerOnly(KnowledgeBaseTest.smallKb(), ContextRules.loadDefault());
  }

  private static List<Entity> link(String lang, String text, String country, String sourceId) {
    Map<TextField, Segmentation> fields = new EnumMap<>(TextField.class);
    fields.put(TextField.BODY, LinkerFixture.SEGMENTER.segment(text, lang));
    return linker.link(fields, lang, DATE, country, sourceId);
  }

  private static Optional<Entity> withMention(List<Entity> entities, String text) {
    return entities.stream().filter(e -> e.mentions().stream().map(EntityMention::text).anyMatch(text::equals)).findFirst();
  }

  @Test
  void an_office_of_another_country_named_without_its_country_is_the_outlets_own_office() {
    String en = "The Technology Secretary said the platform had to act within days.";
    assertThat(withMention(link("en", en, "GB", null), "The Technology Secretary").map(Entity::id)).contains("official/liz-kendall");
    assertThat(withMention(link("en", en, null, null), "The Technology Secretary").map(Entity::id)).contains("official/liz-kendall");
    assertThat(withMention(link("en", en, "AU", null), "The Technology Secretary")).isEmpty();
  }

  @Test
  void an_office_named_with_its_country_is_that_countrys_office_in_any_outlet() {
    assertThat(withMention(link("en", "The UK Technology Secretary said the platform had to act.", "AU", null), "The UK Technology Secretary")
            .map(Entity::id))
        .contains("official/liz-kendall");
    assertThat(withMention(link("fr", "Le ministre britannique du Numérique a réagi mardi.", "CA", null), "Le ministre britannique du Numérique")
            .map(Entity::id))
        .contains("official/liz-kendall");
  }

  @Test
  void an_outlet_naming_itself_is_a_company() {
    List<Entity> fr = link("fr", "Discord n’a pas répondu aux sollicitations de La Boussole.", "FR", "la-boussole");
    assertThat(withMention(fr, "La Boussole")).hasValueSatisfying(e -> {
      assertThat(e.type()).isEqualTo(EntityType.COMPANY);
      assertThat(e.id()).isEqualTo("new/company/la-boussole");
    });
    List<Entity> en = link("en", "Contacted by The Harbour Ledger, the company did not respond.", "GB", "harbour-ledger");
    // the source id says whether the article is part of the name
    assertThat(withMention(en, "Harbour Ledger").map(Entity::type)).contains(EntityType.COMPANY);
  }

  @Test
  void another_outlets_name_or_a_lowercase_phrase_is_not_the_outlet() {
    List<Entity> other = link("fr", "Discord n’a pas répondu aux sollicitations de La Boussole.", "FR", "le-veilleur");
    assertThat(withMention(other, "La Boussole").map(Entity::type)).isNotEqualTo(Optional.of(EntityType.COMPANY));
    List<Entity> lower = link("fr", "Ils se sont retrouvés au carrefour du village, près de la boussole géante.", "FR", "le-carrefour");
    assertThat(lower.stream().filter(e -> e.type() == EntityType.COMPANY)).isEmpty();
  }
}
