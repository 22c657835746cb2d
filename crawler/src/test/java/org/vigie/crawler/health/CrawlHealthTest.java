package org.vigie.crawler.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.crawler.state.CrawlDatabase;
import org.vigie.crawler.state.FetchLog;

/** Crawl health read from a seeded fetch log, judged at a fixed "now". */
class CrawlHealthTest {

  private static final Instant NOW = Instant.parse("2026-01-20T12:00:00Z");

  @TempDir Path dataDir;
  private CrawlDatabase db;
  private FetchLog log;

  @BeforeEach
  void open() {
    db = new CrawlDatabase(dataDir);
    log = new FetchLog(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private void article(String source, String url, Instant at) throws SQLException {
    log.record(new FetchLog.Entry(at, source, url, "ARTICLE", "FETCHED", 200, null, null, 1000, null));
  }

  private void failure(String source, String outcome, String kind, Instant at) throws SQLException {
    log.record(new FetchLog.Entry(at, source, "https://x.example/f", "ARTICLE", outcome, 0, kind, "d", 0, null));
  }

  /** {@code perDay[k]} articles in the 24-hour period that ended k days before NOW. */
  private void seed(String source, int... perDay) throws SQLException {
    for (int k = 0; k < perDay.length; k++) {
      for (int i = 0; i < perDay[k]; i++) {
        Instant at = NOW.minus(Duration.ofDays(k)).minus(Duration.ofMinutes(30 + i));
        article(source, "https://" + source + ".example/d" + k + "/a" + i, at);
      }
    }
  }

  private Map<String, SourceHealth> report(List<String> configured) throws SQLException {
    return new CrawlHealth(db, Clock.fixed(NOW, ZoneOffset.UTC)).report(configured, HealthRules.defaults()).stream()
        .collect(Collectors.toMap(SourceHealth::sourceId, Function.identity()));
  }

  @Test
  void a_source_whose_last_day_falls_far_below_its_median_day_is_flagged_as_a_hole() throws SQLException {
    seed("holed", 1, 10, 12, 9, 10, 11, 10, 8, 10, 10);
    seed("steady", 9, 10, 12, 9, 10, 11, 10, 8, 10, 10);

    Map<String, SourceHealth> health = report(List.of());

    assertThat(health.get("holed").coverage()).isEqualTo(new Coverage.Hole(10.0, 1));
    assertThat(health.get("steady").coverage()).isEqualTo(new Coverage.Normal(10.0, 9));
    assertThat(health.get("holed").articlesPerDay()).startsWith(1L, 10L, 12L, 9L);
  }

  @Test
  void reports_last_success_and_errors_by_kind_within_the_window() throws SQLException {
    seed("outlet", 2, 2);
    failure("outlet", "FAILED", "TIMEOUT", NOW.minus(Duration.ofHours(2)));
    failure("outlet", "FAILED", "TIMEOUT", NOW.minus(Duration.ofHours(3)));
    failure("outlet", "BLOCKED", "ROBOTS", NOW.minus(Duration.ofHours(4)));
    failure("outlet", "FAILED", "HTTP_STATUS", NOW.minus(Duration.ofDays(30))); // outside the window

    SourceHealth h = report(List.of()).get("outlet");

    assertThat(h.errorsByKind()).isEqualTo(Map.of("TIMEOUT", 2L, "ROBOTS", 1L));
    assertThat(h.lastSuccess()).isEqualTo(NOW.minus(Duration.ofMinutes(30)));
    assertThat(h.lastAttempt()).isEqualTo(NOW.minus(Duration.ofMinutes(30)));
  }

  @Test
  void a_page_fetched_twice_in_a_day_counts_once() throws SQLException {
    article("outlet", "https://o.example/a", NOW.minus(Duration.ofHours(1)));
    article("outlet", "https://o.example/a", NOW.minus(Duration.ofHours(5)));
    article("outlet", "https://o.example/b", NOW.minus(Duration.ofHours(5)));
    assertThat(report(List.of()).get("outlet").articlesPerDay().get(0)).isEqualTo(2L);
  }

  @Test
  void new_quiet_and_never_crawled_sources_are_not_judged() throws SQLException {
    seed("brand-new", 10);
    seed("quiet", 0, 1, 0, 2, 1, 0, 1);
    failure("quiet", "FAILED", "TIMEOUT", NOW.minus(Duration.ofDays(9)));

    Map<String, SourceHealth> health = report(List.of("never"));

    assertThat(health.get("brand-new").coverage()).isInstanceOf(Coverage.Unknown.class);
    assertThat(health.get("quiet").coverage()).isInstanceOf(Coverage.Unknown.class);
    assertThat(health.get("never").coverage()).isEqualTo(new Coverage.Unknown("never crawled"));
    assertThat(health.get("never").lastSuccess()).isNull();
  }
}
