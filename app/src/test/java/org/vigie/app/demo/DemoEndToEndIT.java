package org.vigie.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.app.cli.VigieCommand;
import org.vigie.core.AnnotatedArticle;
import org.vigie.core.Article;
import org.vigie.core.Entity;
import org.vigie.core.EntityCatalog;
import org.vigie.search.SearchQuery;
import org.vigie.search.SearchResult;
import org.vigie.search.lucene.LuceneArticleIndex;

/**
 * {@code vigie demo} end to end, as a user runs it: the replay sites on loopback, feed and sitemap
 * discovery, polite fetching, extraction, language detection, entity linking and the embedded
 * Lucene index; then a second run over the same data directory.
 */
class DemoEndToEndIT {
  @TempDir static Path dataDir;

  private static final DemoCorpus CORPUS = DemoCorpus.load();
  private static final Map<String, DemoArticle> BY_ID = new HashMap<>();
  private static Run first;
  private static Run second;

  record Run(int exitCode, String out, String err) {}

  /** Both runs serve the sites on the same ports, as `vigie demo` does by default. */
  private static int sitesPort;

  @BeforeAll
  static void runTheDemoTwice() throws IOException {
    sitesPort = freePorts(CORPUS.outlets().size());
    for (DemoArticle a : CORPUS.articles()) {
      BY_ID.put(Article.idFor(ArticleUrls.canonical(CORPUS.outlet(a.outlet()), a)), a);
    }
    first = demo();
    second = demo();
  }

  private static Run demo() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        VigieCommand.execute(
            new PrintWriter(out, true), new PrintWriter(err, true),
            "demo", "--data-dir", dataDir.toString(), "--sites-port", Integer.toString(sitesPort));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void the_demo_succeeds_and_prints_a_summary_and_both_sample_searches() {
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("Articles in the index by language and outlet")
        .contains("Most mentioned entities")
        .contains("Sample search (fr): amende DSA")
        .contains("Sample search (en): Ofcom investigation");
    assertThat(first.err()).contains("crawl:");
  }

  @Test
  void every_on_topic_demo_article_is_indexed_exactly_once() {
    try (LuceneArticleIndex index = LuceneArticleIndex.open(dataDir.resolve("index"), EntityCatalog.EMPTY)) {
      for (DemoArticle a : CORPUS.articles()) {
        if (!a.onTopic()) continue;
        String id = Article.idFor(ArticleUrls.canonical(CORPUS.outlet(a.outlet()), a));
        assertThat(index.get(id)).as("%s/%s indexed", a.outlet(), a.slug()).isPresent();
      }
      // Ids are unique per canonical URL, so the count proves no article is indexed twice.
      assertThat(index.count()).isEqualTo(CORPUS.articles().size());
    }
  }

  @Test
  void a_second_run_reuses_the_data_directory_and_duplicates_nothing() {
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out()).contains("0 articles indexed this run");
    assertThat(second.out()).contains("(" + CORPUS.articles().size() + " in all)");
  }

  @Test
  void french_query_amende_dsa_ranks_the_dsa_fine_on_x_first() {
    assertThat(topStory("amende DSA")).isEqualTo("x-dsa-fine-2025-12");
  }

  @Test
  void english_query_ofcom_investigation_ranks_the_ofcom_grok_investigation_first() {
    assertThat(topStory("Ofcom investigation")).isEqualTo("grok-ofcom-2026-01");
  }

  @Test
  void the_commission_is_one_entity_whether_named_in_french_or_in_english() {
    try (LuceneArticleIndex index = LuceneArticleIndex.open(dataDir.resolve("index"), EntityCatalog.EMPTY)) {
      Optional<String> idFromFrench = entityIdMentionedAs(index, "fr", "Commission européenne");
      Optional<String> idFromEnglish = entityIdMentionedAs(index, "en", "European Commission");

      assertThat(idFromFrench).isPresent();
      assertThat(idFromEnglish).isPresent();
      assertThat(idFromFrench).isEqualTo(idFromEnglish);
    }
  }

  @Test
  void every_wire_group_has_one_story_id_across_its_outlets_and_no_two_groups_share_one() {
    Map<String, java.util.Set<String>> storiesByWire = new HashMap<>();
    try (LuceneArticleIndex index = LuceneArticleIndex.open(dataDir.resolve("index"), EntityCatalog.EMPTY)) {
      for (DemoArticle a : CORPUS.articles()) {
        if (a.wire().isEmpty()) continue;
        String id = Article.idFor(ArticleUrls.canonical(CORPUS.outlet(a.outlet()), a));
        AnnotatedArticle indexed = index.get(id).orElseThrow(() -> new AssertionError(a.resource() + " not indexed"));
        assertThat(indexed.article().storyId()).as("%s story id", a.resource()).isNotNull();
        storiesByWire.computeIfAbsent(a.wire().get(), w -> new java.util.HashSet<>()).add(indexed.article().storyId());
      }
    }
    assertThat(storiesByWire).hasSize((int) CORPUS.articles().stream().flatMap(a -> a.wire().stream()).distinct().count());
    storiesByWire.forEach((wire, stories) -> assertThat(stories).as("story ids of wire group %s", wire).hasSize(1));
    assertThat(storiesByWire.values().stream().map(s -> s.iterator().next()).distinct().count())
        .as("distinct story ids across wire groups").isEqualTo(storiesByWire.size());
  }

  /** The first of {@code n} consecutive free loopback ports. */
  private static int freePorts(int n) throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      int first;
      try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        first = probe.getLocalPort();
      }
      if (first + n > 65535) continue;
      if (allFree(first, n)) return first;
    }
    throw new IOException("no " + n + " consecutive free ports");
  }

  private static boolean allFree(int first, int n) {
    for (int p = first; p < first + n; p++) {
      try (ServerSocket s = new ServerSocket(p, 1, InetAddress.getLoopbackAddress())) {
        // free
      } catch (IOException busy) {
        return false;
      }
    }
    return true;
  }

  private static String topStory(String query) {
    try (LuceneArticleIndex index = LuceneArticleIndex.open(dataDir.resolve("index"), EntityCatalog.EMPTY)) {
      SearchResult result = index.search(SearchQuery.text(query).limit(3));
      assertThat(result.hits()).isNotEmpty();
      DemoArticle top = BY_ID.get(result.hits().get(0).articleId());
      assertThat(top).as("top hit is a demo article").isNotNull();
      return top.story();
    }
  }

  /** The id linked to a mention with exactly this text, in an article of that language. */
  private static Optional<String> entityIdMentionedAs(LuceneArticleIndex index, String language, String text) {
    for (DemoArticle a : CORPUS.articles()) {
      if (!a.lang().equals(language)) continue;
      Optional<AnnotatedArticle> annotated = index.get(Article.idFor(ArticleUrls.canonical(CORPUS.outlet(a.outlet()), a)));
      if (annotated.isEmpty()) continue;
      for (Entity e : annotated.get().entities()) {
        if (e.mentions().stream().anyMatch(m -> m.text().equals(text))) return Optional.of(e.id());
      }
    }
    return Optional.empty();
  }

}
