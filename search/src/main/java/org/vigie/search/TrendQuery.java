package org.vigie.search;

import java.time.Instant;
import java.util.Objects;

/**
 * Counts of matching articles per period, optionally split into series.
 *
 * @param query text and filters; its limit, sort and facets are ignored
 * @param from first period to show (inclusive, rounded down to its period); {@code null} takes
 *     the query's date filter, else the oldest match
 * @param to last instant to show (exclusive); {@code null} takes the query's date filter, else the
 *     newest match
 * @param split the field whose values become series, or {@code null} for one series
 * @param maxSeries with a split, the most frequent values kept as series
 */
public record TrendQuery(SearchQuery query, Interval interval, Instant from, Instant to, Facet split, int maxSeries) {

  /** Calendar periods in UTC; weeks start on Monday (ISO 8601), as Elasticsearch's do. */
  public enum Interval {
    DAY,
    WEEK,
    MONTH
  }

  public TrendQuery {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(interval, "interval");
    if (maxSeries <= 0) throw new IllegalArgumentException("maxSeries must be positive");
  }

  public static TrendQuery of(SearchQuery query, Interval interval) {
    return new TrendQuery(query, interval, null, null, null, 10);
  }

  public TrendQuery split(Facet by) {
    return new TrendQuery(query, interval, from, to, by, maxSeries);
  }

  public TrendQuery range(Instant newFrom, Instant newTo) {
    return new TrendQuery(query, interval, newFrom, newTo, split, maxSeries);
  }

  /** The effective lower bound: the explicit one, else the query's date filter. */
  public Instant effectiveFrom() {
    return from != null ? from : query.filters().from();
  }

  public Instant effectiveTo() {
    return to != null ? to : query.filters().to();
  }
}
