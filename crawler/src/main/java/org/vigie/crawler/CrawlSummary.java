package org.vigie.crawler;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What one {@link Crawler#crawlOnce} did.
 *
 * @param discovered URLs that entered the frontier (new, or changed since their last fetch)
 * @param fetched article pages fetched with a 2xx answer and delivered (new or changed)
 * @param notModified article pages that had not changed (304, or the same bytes as stored)
 * @param duplicates article pages not delivered because their canonical URL was first delivered
 *     under another URL (rel=canonical dedup)
 * @param failed requests that failed after retries (articles, feeds, sitemaps, section pages)
 * @param fetchedPerSource {@code fetched}, per source id
 */
public record CrawlSummary(
    long discovered, long fetched, long notModified, long duplicates, long failed, Map<String, Long> fetchedPerSource,
    Duration elapsed) {
  public CrawlSummary {
    fetchedPerSource = Map.copyOf(fetchedPerSource);
    Objects.requireNonNull(elapsed, "elapsed");
  }
}
