package org.vigie.search;

import java.time.Instant;
import java.util.Objects;

/**
 * An analyst's dashboard: one page of hits with its facet counts, and the trend of the same
 * matches. Asked for together so a backend can count both in one pass over the matches (Lucene)
 * or one request (Elasticsearch).
 */
public record Overview(SearchResult result, TrendResult trend) {
  public Overview {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(trend, "trend");
  }

  /**
   * Whether the trend counts exactly the search's matches, only bucketed: same text, same filters,
   * and a trend range within the search's date filter. Otherwise the trend must run on its own.
   */
  public static boolean sameMatches(SearchQuery search, TrendQuery trend) {
    SearchQuery t = trend.query();
    if (!t.text().equals(search.text()) || !t.filters().equals(search.filters()) || t.crossLingual() != search.crossLingual()) {
      return false;
    }
    Instant from = search.filters().from();
    Instant to = search.filters().to();
    Instant tf = trend.effectiveFrom();
    Instant tt = trend.effectiveTo();
    return (from == null || (tf != null && !tf.isBefore(from))) && (to == null || (tt != null && !tt.isAfter(to)));
  }
}
