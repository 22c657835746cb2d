package org.vigie.app.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigie.app.pipeline.CrawlAndIndex;
import org.vigie.app.pipeline.PageOutcome;
import org.vigie.core.EntityCatalog;
import org.vigie.crawler.CrawlSummary;
import org.vigie.search.ArticleIndex;
import org.vigie.search.FacetCount;
import org.vigie.search.SearchQuery;
import org.vigie.search.SearchResult;

/** The demo's closing summary: what the run did, what the index holds, two sample searches. */
final class DemoReport {
  private static final int TOP_ENTITIES = 10;
  private static final int SAMPLE_HITS = 5;

  private final PrintWriter out;
  private final EntityCatalog catalog;

  DemoReport(PrintWriter out, EntityCatalog catalog) {
    this.out = out;
    this.catalog = catalog;
  }

  void print(CrawlAndIndex.Report report, ArticleIndex index, Map<String, String> samples, Duration elapsed) {
    CrawlSummary crawl = report.crawl();
    out.printf(
        Locale.ROOT,
        "%nDone in %.1f s: %d URLs discovered, %d pages fetched, %d unchanged since the last run, %d failed;%n"
            + "%d articles indexed this run, %d pages skipped, %d failed in the pipeline.%n",
        elapsed.toMillis() / 1000.0,
        crawl.discovered(),
        crawl.fetched(),
        crawl.notModified(),
        crawl.failed(),
        report.tally().indexed(),
        report.tally().skipped(),
        report.tally().failed());
    for (PageOutcome.Failed f : report.tally().failures()) {
      out.printf("  failed: %s (%s)%n", f.url(), f.reason());
    }

    IndexOverview overview = IndexOverview.of(index, TOP_ENTITIES);
    out.printf("%nArticles in the index by language and outlet (%d in all)%n", overview.total());
    overview.byLanguageAndOutlet().forEach(
        (language, outlets) -> {
          long sum = outlets.values().stream().mapToLong(Long::longValue).sum();
          out.printf("  %-4s %4d%n", language, sum);
          outlets.forEach((outlet, n) -> out.printf("       %4d  %s%n", n, outlet));
        });

    out.printf("%nMost mentioned entities (articles)%n");
    for (FacetCount e : overview.topEntities()) {
      out.printf("  %4d  %-40s %s%n", e.count(), name(e.value()), e.value());
    }

    samples.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))
        .forEach(s -> printSearch(index, s.getKey(), s.getValue()));
    out.flush();
  }

  private void printSearch(ArticleIndex index, String language, String query) {
    SearchResult result = index.search(SearchQuery.text(query).limit(SAMPLE_HITS));
    out.printf("%nSample search (%s): %s — %d matches%n", language, query, result.total());
    List<SearchResult.Hit> hits = result.hits();
    for (int i = 0; i < hits.size(); i++) {
      SearchResult.Hit h = hits.get(i);
      String date = h.publishedAt() == null ? "          " : h.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString();
      out.printf("  %d. %s  %-18s %s  %s%n", i + 1, date, h.sourceId(), h.language(), h.title());
    }
  }

  /** The entity's labels in both languages, so a reader sees one id behind two names. */
  private String name(String id) {
    return catalog
        .byId(id)
        .map(
            ref -> {
              String en = ref.labels().get("en");
              String fr = ref.labels().get("fr");
              if (en == null) return fr == null ? id : fr;
              return fr == null || fr.equals(en) ? en : en + " / " + fr;
            })
        .orElse(id);
  }
}
