package org.vigie.crawler.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.crawler.extract.JsoupArticleExtractor;

class EvaluationOnTinyDatasetsTest {
  private final JsoupArticleExtractor extractor = new JsoupArticleExtractor();

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(EvaluationOnTinyDatasetsTest.class.getResource("/extract/eval/" + name).toURI());
  }

  @Test
  void scores_each_page_of_a_scrapinghub_layout_dataset_and_aggregates_them_by_the_metric() throws Exception {
    ExtractionEvaluation.Report r = ExtractionEvaluation.run(resource("aeb-tiny"), extractor);
    assertThat(r.pages()).hasSize(3);
    Map<String, ShingleMetric.PageCounts> byId = new HashMap<>();
    r.pages().forEach(p -> byId.put(p.id(), p.counts()));
    assertThat(byId.get("page-one").recall()).isEqualTo(1.0);
    assertThat(byId.get("page-one").precision()).isEqualTo(1.0);
    assertThat(byId.get("page-two").recall()).isBetween(0.3, 0.99);
    assertThat(byId.get("page-three").recall()).isEqualTo(0.0);
    assertThat(r.all()).isEqualTo(ShingleMetric.aggregate(r.pages().stream().map(ExtractionEvaluation.PageResult::counts).toList()));
    assertThat(r.dev().pages() + r.heldOut().pages()).isEqualTo(3);
    assertThat(r.pagesPerSecond()).isPositive();
  }

  @Test
  void a_folder_without_ground_truth_is_a_clear_error(@TempDir Path empty) {
    assertThatThrownBy(() -> ExtractionEvaluation.run(empty, extractor))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("ground-truth.json");
  }

  @Test
  void pairs_fundus_versions_with_pages_in_sorted_order_and_scores_title_author_and_date() throws Exception {
    MetadataEvaluation.Report r = MetadataEvaluation.run(resource("fundus-tiny"), extractor);
    assertThat(r.pages()).isEqualTo(2);
    assertThat(r.results()).extracting(MetadataEvaluation.PageResult::file)
        .containsExactly("Journal_2024_05_02.html.gz", "Journal_2024_05_03.html.gz");
    assertThat(r.titleAccuracy()).isEqualTo(1.0);
    assertThat(r.authorAccuracy()).isEqualTo(1.0);
    assertThat(r.dateAccuracy()).isEqualTo(1.0);
    assertThat(r.frenchTitleAccuracy()).isEqualTo(1.0);
  }

  @Test
  void records_each_declared_title_and_which_sources_are_the_reviewed_one() throws Exception {
    MetadataEvaluation.Report r = MetadataEvaluation.run(resource("fundus-tiny"), extractor);
    assertThat(r.results().get(0).sourcesWithReviewedTitle()).containsExactly("h1", "json-ld", "og:title");
    // The outlet's name is cut from the <title>, as the vote sees it.
    assertThat(r.results().get(1).declaredTitles()).containsExactly(Map.entry("h1", "Un autre titre"), Map.entry("title", "Un autre titre"));
    assertThat(r.titleSourceAgreement().get("h1")).containsExactly(2, 2);
    assertThat(r.titleSourceAgreement().get("twitter:title")).containsExactly(0, 0);
    assertThat(r.pagesWithReviewedTitleDeclared()).isEqualTo(2);
  }

  @Test
  void pages_with_the_same_agreement_pattern_and_opposite_reviewed_titles_cap_any_source_rule() {
    // Both pages: <h1> and og:title agree, JSON-LD differs. One outlet's reviewed title is the
    // <h1>'s, the other's the JSON-LD one: no rule that sees only the pattern gets both.
    Map<String, String> a = new java.util.LinkedHashMap<>();
    a.put("h1", "La ministre présente le projet de loi sur l'IA");
    a.put("json-ld", "Projet de loi IA : ce que prévoit le texte");
    a.put("og:title", "La ministre présente le projet de loi sur l'IA");
    Map<String, String> b = new java.util.LinkedHashMap<>();
    b.put("h1", "The minister presents the AI bill to parliament");
    b.put("json-ld", "AI bill: what the minister's text says");
    b.put("og:title", "The minister presents the AI bill to parliament");
    MetadataEvaluation.Report r = new MetadataEvaluation.Report(0.5, 1, 1, 0.5, 1, 2, 2, List.of(
        page("fr", a.get("h1"), a), page("uk", b.get("json-ld"), b)));
    assertThat(r.agreementPatternCeiling()).isEqualTo(1);
    assertThat(r.bestFixedSourceOrder().getValue()).isEqualTo(1);
    assertThat(r.pagesWithReviewedTitleDeclared()).isEqualTo(2);
  }

  private static MetadataEvaluation.PageResult page(String country, String reviewed, Map<String, String> declared) {
    return new MetadataEvaluation.PageResult(
        country + ".html.gz", country, true, true, null, reviewed, declared.get("h1"), List.of(), List.of(), null, null, declared);
  }

  @Test
  void compares_times_by_instant_and_names_ignoring_case_and_order() {
    assertThat(MetadataEvaluation.sameTime("2024-05-02 10:15:00+02:00", java.time.OffsetDateTime.parse("2024-05-02T08:15:30Z"))).isTrue();
    assertThat(MetadataEvaluation.sameTime("2024-05-02 10:15:00+02:00", java.time.OffsetDateTime.parse("2024-05-02T10:15:00Z"))).isFalse();
    assertThat(MetadataEvaluation.sameTime("2024-05-02 10:15:00", java.time.OffsetDateTime.parse("2024-05-02T10:15:00-04:00"))).isTrue();
    assertThat(MetadataEvaluation.sameNames(List.of("Anne Roux", "AFP"), List.of("afp", "anne roux"))).isTrue();
    assertThat(MetadataEvaluation.sameNames(List.of("Anne Roux"), List.of("Anne Roux", "AFP"))).isFalse();
  }

  @Test
  void title_comparison_folds_only_typography_a_reader_would_not_call_a_different_title() {
    assertThat(MetadataEvaluation.normalise("Who is Foden\u2019s girlfriend and how many children do they have?..."))
        .isEqualTo(MetadataEvaluation.normalise("Who is Foden's girlfriend and how many children do they have?"));
    assertThat(MetadataEvaluation.normalise("\u00ab\u00a0Non\u00a0\u00bb au projet \u2013 le maire s\u2019explique"))
        .isEqualTo(MetadataEvaluation.normalise("\u00abNon\u00bb au projet - le maire s'explique"));
    assertThat(MetadataEvaluation.normalise("Helikopter\u00adlandeplatz")).isEqualTo("Helikopterlandeplatz");
    // Invisible format characters (zero-width space, word joiner, direction mark, BOM) go.
    assertThat(MetadataEvaluation.normalise("\ufeffIA\u200b : la CNIL\u2060 enquête\u200e"))
        .isEqualTo("IA : la CNIL enquête");
    // Low-9 and reversed quotes, a non-breaking hyphen and a narrow no-break space are typography.
    assertThat(MetadataEvaluation.normalise("\u201eNein\u201c zum Ballsaal-Projekt \u201a2026\u2018"))
        .isEqualTo("\"Nein\" zum Ballsaal-Projekt '2026'");
    assertThat(MetadataEvaluation.normalise("Covid\u201119\u202f: le point"))
        .isEqualTo(MetadataEvaluation.normalise("Covid-19 : le point"));
    // Words and case still count.
    assertThat(MetadataEvaluation.normalise("The campaigns brace for a sprint"))
        .isNotEqualTo(MetadataEvaluation.normalise("The campaigns brace for an intense sprint"));
    assertThat(MetadataEvaluation.normalise("Le Monde")).isNotEqualTo(MetadataEvaluation.normalise("le monde"));
  }

  @Test
  void splits_ids_stably_about_seventy_thirty() {
    int dev = 0;
    for (int i = 0; i < 1000; i++) {
      DatasetSplit s = DatasetSplit.of("page-" + i);
      assertThat(DatasetSplit.of("page-" + i)).isEqualTo(s);
      dev += s == DatasetSplit.DEV ? 1 : 0;
    }
    assertThat(dev).isBetween(640, 760);
  }
}
