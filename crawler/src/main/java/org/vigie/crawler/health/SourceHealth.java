package org.vigie.crawler.health;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One source's crawl health.
 *
 * @param lastSuccess the last 2xx or 304 answer to any request for the source, or {@code null} if never
 * @param lastAttempt the last request for the source, or {@code null} if never
 * @param errorsByKind failures and blocks in the window, by kind (HTTP_STATUS, TIMEOUT, ROBOTS…)
 * @param articlesPerDay distinct article pages fetched per 24-hour period, the last 24 hours first
 */
public record SourceHealth(
    String sourceId, Instant lastSuccess, Instant lastAttempt, Map<String, Long> errorsByKind,
    List<Long> articlesPerDay, Coverage coverage) {
  public SourceHealth {
    Objects.requireNonNull(sourceId, "sourceId");
    errorsByKind = Map.copyOf(errorsByKind);
    articlesPerDay = List.copyOf(articlesPerDay);
    Objects.requireNonNull(coverage, "coverage");
  }

  public long errors() {
    return errorsByKind.values().stream().mapToLong(Long::longValue).sum();
  }
}
