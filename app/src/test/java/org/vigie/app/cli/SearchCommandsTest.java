package org.vigie.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.AnnotatedArticle;
import org.vigie.core.Article;
import org.vigie.core.EntityCatalog;
import org.vigie.core.Provenance;
import org.vigie.core.RegulatoryAction;
import org.vigie.core.Stance;
import org.vigie.core.TextBlock;
import org.vigie.core.Topic;
import org.vigie.core.json.VigieJson;
import org.vigie.search.lucene.LuceneArticleIndex;

/**
 * {@code vigie search|trends|case|export} in-process, over a Lucene index in a temporary data
 * directory (what the default {@code search.backend: lucene} opens), built from three articles.
 */
class SearchCommandsTest {
  @TempDir Path dataDir;

  /** ESC [2J clears the screen, U+009B is the one-byte CSI, U+202E reverses the line. */
  static final String HOSTILE_TITLE = "Ofcom opens investigation into X\u001b[2J over Grok\u009b31m images\u202e";

  static final AnnotatedArticle FR_FINE = article("leveilleur", "amende-x", "fr", "2025-12-05T14:50:00+01:00",
      "Bruxelles inflige une amende de 120 millions d'euros à X", "La Commission européenne sanctionne X au titre du DSA.",
      List.of(action(RegulatoryAction.Type.FINE, "eu/commission", new BigDecimal("120000000"), LocalDate.of(2025, 12, 5))));
  static final AnnotatedArticle EN_PROBE = article("albion-courier", "ofcom-x", "en", "2026-01-12T09:00:00Z", HOSTILE_TITLE,
      "The regulator said the investigation would be a priority.",
      List.of(action(RegulatoryAction.Type.INVESTIGATION, "regulator/ofcom", null, LocalDate.of(2026, 1, 12))));
  static final AnnotatedArticle EN_SPORT = article("liffey-times", "marathon", "en", "2025-10-05T08:00:00Z",
      "Dublin marathon draws record field", "Runners filled the city.", List.of());
  static final List<AnnotatedArticle> ALL = List.of(FR_FINE, EN_PROBE, EN_SPORT);

  record Run(int exitCode, String out, String err) {}

  @BeforeEach
  void buildIndex() {
    try (LuceneArticleIndex index = LuceneArticleIndex.open(dataDir.resolve("index"), EntityCatalog.EMPTY, Map.of())) {
      index.indexAll(ALL);
    }
  }

  private Run vigie(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--data-dir";
    all[args.length + 1] = dataDir.toString();
    int code = VigieCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), all);
    return new Run(code, out.toString(), err.toString());
  }

  private static void assertNoRawControls(String s) {
    assertThat(s.chars().filter(c -> c != '\n' && TerminalText.isUnsafe(c)).boxed().toList()).as("raw control characters").isEmpty();
  }

  @Test
  void search_prints_hits_and_facets_and_never_a_raw_control_character() {
    Run r = vigie("search", "investigation");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("1 match(es)");
    assertThat(r.out()).contains("Ofcom opens investigation into X\uFFFD[2J over Grok\uFFFD31m images\uFFFD", "[albion-courier en]", EN_PROBE.id());
    assertThat(r.out()).contains("outlet: albion-courier(1)", "action: INVESTIGATION(1)");
    assertNoRawControls(r.out());
  }

  @Test
  void search_json_round_trips_the_exact_title_with_controls_escaped() throws Exception {
    Run r = vigie("search", "X", "--json", "--lang", "en,fr");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertNoRawControls(r.out());
    assertThat(r.out()).containsIgnoringCase("\\u001b[2J").contains("\\u009b31m", "\\u202e");
    JsonNode json = VigieJson.mapper().readTree(r.out());
    Set<String> ids = ALL.stream().filter(a -> (a.article().title() + " " + a.article().lede()).contains("X")).map(AnnotatedArticle::id).collect(Collectors.toSet());
    assertThat(json.path("total").asLong()).isEqualTo(ids.size());
    Set<String> got = new java.util.HashSet<>();
    json.path("hits").forEach(h -> got.add(h.path("articleId").asText()));
    assertThat(got).isEqualTo(ids);
    json.path("hits").forEach(h -> {
      if (h.path("articleId").asText().equals(EN_PROBE.id())) assertThat(h.path("title").asText()).isEqualTo(HOSTILE_TITLE);
      assertThat(h.path("score").isNumber()).as("a relevance score, not NaN").isTrue();
    });
  }

  @Test
  void a_malformed_query_is_one_line_on_stderr_and_a_usage_exit_code() {
    Run r = vigie("search", "\"unclosed phrase");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).startsWith("vigie search: invalid query:").doesNotContain("\n").doesNotContain("Exception");
  }

  @Test
  void trends_count_per_month_with_empty_months_in_text_and_json() throws Exception {
    Run r = vigie("trends", "", "--interval", "month", "--from", "2025-10-01", "--to", "2026-01-31");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines().toList()).containsExactly("period\ttotal", "2025-10-01\t1", "2025-11-01\t0", "2025-12-01\t1", "2026-01-01\t1");
    Run j = vigie("trends", "", "--interval", "week", "--split", "language", "--json");
    assertThat(j.exitCode()).as(j.err()).isZero();
    JsonNode json = VigieJson.mapper().readTree(j.out());
    long total = 0;
    for (JsonNode b : json.path("buckets")) total += b.path("total").asLong();
    assertThat(total).isEqualTo(ALL.size());
    assertThat(json.path("series").toString()).contains("en", "fr");
  }

  @Test
  void an_unknown_interval_is_a_usage_error_in_one_line() {
    Run r = vigie("trends", "X", "--interval", "fortnight");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("vigie trends:").doesNotContain("\n");
  }

  @Test
  void case_lists_the_actions_about_an_entity_in_date_order() throws Exception {
    Run r = vigie("case", "platform/x");
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.getFirst()).contains("2 action(s) in 2 article(s)");
    assertThat(lines.get(1)).startsWith("2025-12-05").contains("FINE", "eu/commission -> platform/x", "120000000 EUR");
    assertThat(lines.get(2)).startsWith("2026-01-12").contains("INVESTIGATION", "regulator/ofcom -> platform/x");
    Run j = vigie("case", "platform/x", "--json");
    assertThat(VigieJson.mapper().readTree(j.out()).path("entries").size()).isEqualTo(2);
  }

  @Test
  void export_writes_the_file_and_its_card_and_verify_confirms_the_result_set() throws Exception {
    Path out = dataDir.resolve("export.jsonl");
    Run r = vigie("export", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("3 article(s) -> ");
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(ALL.size());
    Set<String> ids = new java.util.HashSet<>();
    for (String line : lines) ids.add(VigieJson.mapper().readValue(line, AnnotatedArticle.class).id());
    assertThat(ids).isEqualTo(ALL.stream().map(AnnotatedArticle::id).collect(Collectors.toSet()));
    Path card = out.resolveSibling("export.jsonl.card.json");
    JsonNode c = VigieJson.mapper().readTree(card.toFile());
    assertThat(c.path("articles").asLong()).isEqualTo(3);
    Run v = vigie("export", "--verify", card.toString());
    assertThat(v.exitCode()).as(v.err()).isZero();
    assertThat(v.out()).startsWith("same result set: 3 articles");
  }

  @Test
  void the_elasticsearch_backend_is_used_when_configured() throws Exception {
    Path cfg = dataDir.resolve("vigie.yml");
    // nothing listens on port 1: the error proves the command went to the configured cluster, not to Lucene
    Files.writeString(cfg, "search:\n  backend: elasticsearch\n  elasticsearchUrl: http://127.0.0.1:1\n");
    Run r = vigie("search", "X", "--config", cfg.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("vigie search: cannot reach Elasticsearch at http://127.0.0.1:1").doesNotContain("\n");
  }

  static RegulatoryAction action(RegulatoryAction.Type type, String actor, BigDecimal amount, LocalDate date) {
    return new RegulatoryAction(type, RegulatoryAction.Status.values()[0], actor, "platform/x", "law/dsa", amount, amount == null ? null : "EUR",
        date, null);
  }

  static AnnotatedArticle article(String outlet, String slug, String lang, String published, String title, String lede,
      List<RegulatoryAction> actions) {
    OffsetDateTime at = OffsetDateTime.parse(published);
    Article a = new Article(null, URI.create("https://" + outlet + ".example/" + slug), null, outlet, title, lede, List.of("Test"), at, null,
        "Tech", lang, List.of(TextBlock.paragraph(lede)), at.toInstant().plusSeconds(60), slug, null);
    List<Stance> stances = List.of(new Stance(null, "platform/x", Stance.Label.NEUTRAL, 0.6, null));
    return new AnnotatedArticle(a, lang, 0.99, List.of(), stances, actions, List.of(new Topic(Topic.Label.OTHER, 0.5)), 0.8,
        new Provenance("vigie-test", Map.of("kb", "test"), at.toInstant(), at.toInstant().plusSeconds(120), null));
  }
}
