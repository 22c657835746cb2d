package org.vigie.crawler;

/**
 * A snapshot of a running crawl.
 *
 * @param hostsActive hosts with a request in flight right now
 * @param fetched article pages fetched so far in this run
 * @param queued frontier URLs not yet attempted in this run
 * @param failed requests that failed so far (articles, feeds, sitemaps, section pages)
 * @param pagesPerSecond article pages fetched per second since the run started
 */
public record CrawlStatus(int hostsActive, long fetched, long queued, long failed, double pagesPerSecond) {
  /** The live progress line of {@code vigie crawl}. */
  public String line() {
    return String.format(java.util.Locale.ROOT, "hosts active %d | fetched %d | queued %d | failed %d | %.1f pages/s",
        hostsActive, fetched, queued, failed, pagesPerSecond);
  }
}
