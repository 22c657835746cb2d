package org.vigie.crawler;

/**
 * Told about the crawl's progress about once a second, and once at the end; {@code vigie crawl}
 * prints it as a live line. Called from a timer thread.
 */
@FunctionalInterface
public interface CrawlProgress {
  void update(CrawlStatus status);

  CrawlProgress NONE = s -> {};
}
