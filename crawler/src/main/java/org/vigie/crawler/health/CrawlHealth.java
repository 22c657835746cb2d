package org.vigie.crawler.health;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.vigie.crawler.state.CrawlDatabase;

/**
 * Crawl health per source, read from the fetch log: the last success, errors by kind, article
 * pages fetched per day, and whether the last 24 hours fell far below the source's norm (the
 * median of its earlier days). Days are 24-hour periods ending now, so the judged day is never a
 * partial calendar day.
 */
public final class CrawlHealth {

  private final CrawlDatabase db;
  private final Clock clock;

  public CrawlHealth(CrawlDatabase db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * @param configured sources to report even when the log has never seen them (they show as never
   *     crawled); every source in the log is reported too
   */
  public List<SourceHealth> report(Collection<String> configured, HealthRules rules) throws SQLException {
    Instant now = clock.instant();
    Instant from = now.minus(Duration.ofDays(rules.days()));
    TreeSet<String> ids = new TreeSet<>(configured);
    Map<String, Instant[]> times = new HashMap<>();
    Map<String, Map<String, Long>> errors = new HashMap<>();
    Map<String, long[]> perDay = new HashMap<>();
    Map<String, Instant> firstSeen = new HashMap<>();
    try (Connection c = db.connection()) {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT source_id, MAX(CASE WHEN outcome IN ('FETCHED', 'NOT_MODIFIED') THEN fetched_at END), "
              + "MAX(fetched_at), MIN(fetched_at) FROM fetch_log GROUP BY source_id");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
          times.put(rs.getString(1), new Instant[] {instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3))});
          firstSeen.put(rs.getString(1), instant(rs.getTimestamp(4)));
        }
      }
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT source_id, error_kind, COUNT(*) FROM fetch_log WHERE outcome IN ('FAILED', 'BLOCKED') "
              + "AND fetched_at >= ? GROUP BY source_id, error_kind")) {
        ps.setTimestamp(1, Timestamp.from(from));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String kind = rs.getString(2) == null ? "UNKNOWN" : rs.getString(2);
            errors.computeIfAbsent(rs.getString(1), k -> new TreeMap<>()).merge(kind, rs.getLong(3), Long::sum);
          }
        }
      }
      // Distinct URLs per period: a page fetched twice in a day is one article of that day.
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT source_id, url, MAX(fetched_at) FROM fetch_log WHERE kind = 'ARTICLE' AND outcome = 'FETCHED' "
              + "AND fetched_at >= ? GROUP BY source_id, url")) {
        ps.setTimestamp(1, Timestamp.from(from));
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            Instant at = instant(rs.getTimestamp(3));
            int day = (int) (Duration.between(at, now).toSeconds() / 86_400);
            if (day < 0 || day >= rules.days()) continue;
            perDay.computeIfAbsent(rs.getString(1), k -> new long[rules.days()])[day]++;
          }
        }
      }
    }
    List<SourceHealth> out = new ArrayList<>();
    for (String id : ids) {
      Instant[] t = times.getOrDefault(id, new Instant[2]);
      long[] days = perDay.getOrDefault(id, new long[rules.days()]);
      List<Long> counts = Arrays.stream(days).boxed().toList();
      out.add(new SourceHealth(id, t[0], t[1], errors.getOrDefault(id, Map.of()), counts,
          judge(days, firstSeen.get(id), now, rules)));
    }
    return out;
  }

  /** Judges the last 24 hours against the median of the earlier periods the source existed in. */
  static Coverage judge(long[] days, Instant firstSeen, Instant now, HealthRules rules) {
    if (firstSeen == null) return new Coverage.Unknown("never crawled");
    // Earlier periods the source existed through entirely: a source added 3.5 days ago has 2
    // (periods 1 and 2; period 3 began before it), so a half-crawled day never drags the norm down.
    long age = Duration.between(firstSeen, now).toSeconds() / 86_400;
    int known = (int) Math.max(0, Math.min(rules.days() - 1, age - 1));
    if (known < rules.minNormDays())
      return new Coverage.Unknown("only " + known + " earlier day(s) of history");
    long[] earlier = Arrays.copyOfRange(days, 1, 1 + known);
    Arrays.sort(earlier);
    double norm = earlier.length % 2 == 1
        ? earlier[earlier.length / 2]
        : (earlier[earlier.length / 2 - 1] + earlier[earlier.length / 2]) / 2.0;
    if (norm < rules.minNorm()) return new Coverage.Unknown(String.format(java.util.Locale.ROOT,
        "norm of %.1f articles a day is too small to judge", norm));
    return days[0] < norm * rules.holeRatio() ? new Coverage.Hole(norm, days[0]) : new Coverage.Normal(norm, days[0]);
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
