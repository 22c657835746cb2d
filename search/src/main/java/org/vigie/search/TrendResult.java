package org.vigie.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Counts per period, every period between the bounds present (empty ones with zero counts).
 *
 * @param series the series names in order (the split's values, most frequent first), or {@code
 *     ["all"]} without a split
 */
public record TrendResult(TrendQuery.Interval interval, List<String> series, List<Bucket> buckets) {
  public static final String ALL = "all";

  public TrendResult {
    Objects.requireNonNull(interval, "interval");
    series = List.copyOf(series);
    buckets = List.copyOf(buckets);
  }

  /** One period: its first day (UTC), the total, and the count of each series. */
  public record Bucket(LocalDate start, long total, Map<String, Long> counts) {
    public Bucket {
      Objects.requireNonNull(start, "start");
      counts = Map.copyOf(counts);
    }

    public long count(String seriesName) {
      return counts.getOrDefault(seriesName, 0L);
    }
  }

  public long total() {
    return buckets.stream().mapToLong(Bucket::total).sum();
  }
}
