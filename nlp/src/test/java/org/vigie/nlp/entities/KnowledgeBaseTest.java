package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.EntityCatalog.EntityRef;
import org.vigie.core.EntityType;

class KnowledgeBaseTest {
  static KnowledgeBase kb;

  static KnowledgeBase smallKb() throws IOException {
    try (InputStream in = KnowledgeBaseTest.class.getResourceAsStream("/kb/small-kb.yml")) {
      return KnowledgeBaseLoader.load(in, "small-kb.yml");
    }
  }

  @BeforeAll
  static void load() throws IOException {
    kb = smallKb();
  }

  @Test
  void finds_one_entity_by_its_french_and_english_names_ignoring_case_and_accents() {
    assertThat(kb.find("Commission européenne")).extracting(EntityRef::id).containsExactly("government/european-commission");
    assertThat(kb.find("european commission")).extracting(EntityRef::id).containsExactly("government/european-commission");
    assertThat(kb.find("COMMISSION EUROPEENNE")).extracting(EntityRef::id).containsExactly("government/european-commission");
    assertThat(kb.byId("government/european-commission").orElseThrow().labels()).containsEntry("fr", "Commission européenne");
  }

  @Test
  void resolves_an_office_at_a_date_to_the_person_who_held_it() {
    assertThat(kb.holderOfNamedOffice("UK Technology Secretary", LocalDate.of(2026, 1, 15)))
        .extracting(KbEntity::id).containsExactly("official/liz-kendall");
    assertThat(kb.holderOfNamedOffice("ministre britannique du numérique", LocalDate.of(2025, 3, 1)))
        .extracting(KbEntity::id).containsExactly("official/peter-kyle");
    assertThat(kb.holderOfNamedOffice("Technology Secretary", LocalDate.of(2020, 1, 1))).isEmpty();
  }

  @Test
  void follows_relations_both_ways() {
    assertThat(kb.related("platform/x", "owned_by")).containsExactly("company/x-corp");
    assertThat(kb.related("ai/grok", "developed_by")).containsExactly("company/xai");
    assertThat(kb.relatedFrom("platform/x", "offered_on")).containsExactly("ai/grok");
    assertThat(kb.relatedFrom("ai/grok", "feature_of")).containsExactly("ai/grok-imagine");
    assertThat(kb.related("regulator/ofcom", "enforces")).containsExactly("law/uk-online-safety-act");
  }

  @Test
  void records_version_and_content_hash_for_provenance() {
    assertThat(kb.version()).isEqualTo("test-1");
    assertThat(kb.sha256()).hasSize(64).matches("[0-9a-f]+");
    assertThat(kb.entity("platform/x").orElseThrow().type()).isEqualTo(EntityType.PLATFORM);
  }

  @Test
  void reports_every_problem_of_a_broken_file_at_once() {
    String yaml =
        """
        version: 1
        entities:
          - id: regulator/ofcom
            type: REGULATOR
            labels: {en: Ofcom}
            relations: [{type: enforces, target: law/missing}]
          - id: regulator/ofcom
            type: REGULATOR
            labels: {en: Ofcom again}
          - id: platform/x
            type: PLATFROM
            labels: {en: X}
          - id: law/dsa
            type: PLATFORM
            labels: {en: DSA}
            ambiguous: ["Digital Services Act"]
        """;
    assertThatThrownBy(() -> KnowledgeBaseLoader.load(yaml.getBytes(StandardCharsets.UTF_8), "broken.yml"))
        .isInstanceOfSatisfying(
            InvalidKnowledgeBaseException.class,
            e -> assertThat(e.problems())
                .anyMatch(p -> p.contains("duplicate entity regulator/ofcom"))
                .anyMatch(p -> p.contains("unknown type 'PLATFROM'"))
                .anyMatch(p -> p.contains("law/missing"))
                .anyMatch(p -> p.contains("prefix 'law' does not fit type PLATFORM"))
                .anyMatch(p -> p.contains("ambiguous 'Digital Services Act'")));
  }
}
