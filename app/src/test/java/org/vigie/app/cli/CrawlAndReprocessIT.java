package org.vigie.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.app.demo.DemoArticle;
import org.vigie.app.demo.DemoCorpus;
import org.vigie.app.demo.ReplaySites;
import org.vigie.core.Article;
import org.vigie.core.EntityCatalog;
import org.vigie.core.Source;
import org.vigie.search.lucene.LuceneArticleIndex;

/**
 * {@code vigie crawl --once} sends crawled pages through the article pipeline into the index, and
 * {@code vigie reprocess} rebuilds that index from the WARC archive alone: the replay sites are
 * stopped and the index deleted before it runs.
 */
class CrawlAndReprocessIT {
  @TempDir static Path work;
  private static final List<String> OUTLETS = List.of("le-messager", "albion-courier");
  private static List<DemoArticle> articles;
  private static Run crawl;
  private static Run reprocess;
  private static long requestsDuringReprocess;
  private static ReplaySites sites;

  record Run(int exitCode, String out, String err) {}

  @BeforeAll
  static void crawlThenStopTheSitesThenReprocess() throws IOException {
    DemoCorpus corpus = DemoCorpus.load();
    Path dataDir = work.resolve("data");
    Path sourcesFile = work.resolve("sources.yml");
    sites = ReplaySites.start(corpus, 0);
    try {
      articles = OUTLETS.stream().flatMap(o -> corpus.articles(o).stream()).toList();
      Files.writeString(sourcesFile, yaml(sites.sources().stream().filter(s -> OUTLETS.contains(s.id())).toList()));
      crawl = vigie("crawl", "--once", "--sources", sourcesFile.toString(), "--data-dir", dataDir.toString());
      assertThat(indexed(dataDir)).as("after the crawl").isEqualTo(articles.size());
    } finally {
      sites.close();
    }
    int requestsBefore = sites.requestLog().entries().size();
    deleteTree(dataDir.resolve("index"));
    reprocess = vigie("reprocess", "--sources", sourcesFile.toString(), "--data-dir", dataDir.toString());
    requestsDuringReprocess = sites.requestLog().entries().size() - requestsBefore;
  }

  @Test
  void crawl_once_indexes_every_article_of_the_sources_and_prints_a_summary() {
    assertThat(crawl.exitCode()).as(crawl.err()).isZero();
    assertThat(crawl.out()).contains(articles.size() + " articles indexed").contains("0 failed in the pipeline");
    assertThat(crawl.err()).contains("crawl:");
  }

  @Test
  void reprocess_rebuilds_the_deleted_index_from_the_warc_files_without_the_network() {
    assertThat(reprocess.exitCode()).as(reprocess.err()).isZero();
    assertThat(requestsDuringReprocess).isZero();
    assertThat(reprocess.out()).contains(articles.size() + " articles indexed").contains("0 damaged");
    try (LuceneArticleIndex index = LuceneArticleIndex.open(work.resolve("data").resolve("index"), EntityCatalog.EMPTY)) {
      assertThat(index.count()).isEqualTo(articles.size());
      for (DemoArticle a : articles) {
        String id = Article.idFor(sites.canonicalUrl(a));
        assertThat(index.get(id)).as("%s/%s", a.outlet(), a.slug()).isPresent();
      }
    }
  }

  @Test
  void crawl_without_once_says_the_scheduler_does_that_and_fails() {
    Run run = vigie("crawl", "--data-dir", work.resolve("other").toString());
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err().strip().lines()).hasSize(1).allMatch(l -> l.contains("--once") && l.contains("vigie run"));
  }

  private static long indexed(Path dataDir) {
    try (LuceneArticleIndex index = LuceneArticleIndex.open(dataDir.resolve("index"), EntityCatalog.EMPTY)) {
      return index.count();
    }
  }

  private static Run vigie(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = VigieCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** The sources as a user writes them in sources.yml; a short delay keeps the test quick. */
  private static String yaml(List<Source> sources) {
    StringBuilder y = new StringBuilder("sources:\n");
    for (Source s : sources) {
      y.append("  - id: ").append(s.id()).append('\n')
          .append("    languages: [").append(String.join(", ", s.languages())).append("]\n")
          .append("    country: ").append(s.country()).append('\n')
          .append("    allow-private-network: true\n")
          .append("    politeness:\n      min-delay: 20ms\n")
          .append("    feeds:\n");
      s.feeds().forEach(f -> y.append("      - ").append(f).append('\n'));
      y.append("    sitemaps:\n");
      s.sitemaps().forEach(f -> y.append("      - ").append(f).append('\n'));
    }
    return y.toString();
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
