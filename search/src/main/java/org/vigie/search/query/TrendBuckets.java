package org.vigie.search.query;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigie.search.FacetCount;
import org.vigie.search.TrendQuery;
import org.vigie.search.TrendQuery.Interval;
import org.vigie.search.TrendResult;

/**
 * Builds a {@link TrendResult} from raw counts, whichever backend counted them: rounds days down
 * to their period, keeps the most frequent series, and fills every empty period between the
 * bounds with zeros, so a chart never skips a week.
 */
public final class TrendBuckets {
  private final Interval interval;
  /** series → period start → count. */
  private final Map<String, Map<LocalDate, Long>> counts = new HashMap<>();
  private final Map<LocalDate, Long> totals = new TreeMap<>();

  public TrendBuckets(Interval interval) {
    this.interval = interval;
  }

  /** The first day of the period holding {@code day}. */
  public static LocalDate periodStart(LocalDate day, Interval interval) {
    return switch (interval) {
      case DAY -> day;
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
    };
  }

  public static LocalDate utcDay(long epochMillis) {
    return LocalDate.ofEpochDay(Math.floorDiv(epochMillis, 86_400_000L));
  }

  /** Adds {@code n} articles of {@code series} (or {@link TrendResult#ALL}) on {@code day}. */
  public void add(String series, LocalDate day, long n) {
    LocalDate start = periodStart(day, interval);
    counts.computeIfAbsent(series, k -> new HashMap<>()).merge(start, n, Long::sum);
  }

  /** Adds to the period total, which counts each article once even when it has several series values. */
  public void addTotal(LocalDate day, long n) {
    totals.merge(periodStart(day, interval), n, Long::sum);
  }

  /**
   * @param split whether series are a split's values (else the one series {@code all})
   * @param maxSeries how many series to keep, the largest first, ties by name
   */
  public TrendResult build(TrendQuery q, boolean split) {
    Instant from = q.effectiveFrom();
    Instant to = q.effectiveTo();
    LocalDate first = from != null ? periodStart(from.atZone(ZoneOffset.UTC).toLocalDate(), interval) : totals.isEmpty() ? null : ((TreeMap<LocalDate, Long>) totals).firstKey();
    LocalDate last;
    if (to != null) {
      // `to` is exclusive: the last period is the one holding the instant just before it
      last = periodStart(to.minusMillis(1).atZone(ZoneOffset.UTC).toLocalDate(), interval);
    } else {
      last = totals.isEmpty() ? null : ((TreeMap<LocalDate, Long>) totals).lastKey();
    }
    List<String> series;
    if (split) {
      List<FacetCount> ranked = new ArrayList<>();
      counts.forEach((k, v) -> ranked.add(new FacetCount(k, v.values().stream().mapToLong(Long::longValue).sum())));
      ranked.sort(FACET_ORDER);
      series = ranked.stream().limit(q.maxSeries()).map(FacetCount::value).toList();
    } else {
      series = List.of(TrendResult.ALL);
    }
    List<TrendResult.Bucket> buckets = new ArrayList<>();
    if (first != null && last != null) {
      for (LocalDate d = first; !d.isAfter(last); d = next(d)) {
        Map<String, Long> c = new HashMap<>();
        for (String s : series) {
          Map<LocalDate, Long> m = split ? counts.getOrDefault(s, Map.of()) : totals;
          c.put(s, m.getOrDefault(d, 0L));
        }
        buckets.add(new TrendResult.Bucket(d, totals.getOrDefault(d, 0L), c));
      }
    }
    return new TrendResult(interval, series, buckets);
  }

  private LocalDate next(LocalDate d) {
    return switch (interval) {
      case DAY -> d.plusDays(1);
      case WEEK -> d.plusWeeks(1);
      case MONTH -> d.plusMonths(1);
    };
  }

  /** Facet and series order on both backends: count descending, then value ascending. */
  public static final Comparator<FacetCount> FACET_ORDER =
      Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);
}
