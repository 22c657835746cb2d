package org.vigie.app.pipeline;

import java.util.List;
import org.vigie.core.Source;
import org.vigie.crawler.CrawlProgress;
import org.vigie.crawler.CrawlSummary;
import org.vigie.crawler.Crawler;
import org.vigie.search.ArticleIndex;

/**
 * One crawl pass over some sources with every new or changed page sent through the article
 * pipeline, then the index refreshed so the results are searchable when this returns.
 */
public final class CrawlAndIndex {
  private final Crawler crawler;
  private final ArticlePipeline pipeline;
  private final ArticleIndex index;

  public CrawlAndIndex(Crawler crawler, ArticlePipeline pipeline, ArticleIndex index) {
    this.crawler = crawler;
    this.pipeline = pipeline;
    this.index = index;
  }

  /** What one pass did: the crawler's counts and the pipeline's. */
  public record Report(CrawlSummary crawl, RunTally tally) {}

  public Report once(List<Source> sources, RunTally tally, CrawlProgress progress) {
    CrawlSummary summary = crawler.crawlOnce(sources, page -> tally.record(pipeline.process(page)), progress);
    index.refresh();
    return new Report(summary, tally);
  }
}
