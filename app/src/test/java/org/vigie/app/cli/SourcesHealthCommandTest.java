package org.vigie.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.crawler.state.CrawlDatabase;
import org.vigie.crawler.state.FetchLog;

/** {@code vigie sources health} over a seeded fetch log. */
class SourcesHealthCommandTest {
  @TempDir Path dataDir;

  record Run(int exitCode, String out, String err) {}

  @BeforeEach
  void seed() throws Exception {
    Instant now = Instant.now();
    try (CrawlDatabase db = new CrawlDatabase(dataDir)) {
      FetchLog log = new FetchLog(db);
      for (int day = 0; day < 8; day++) {
        int holed = day == 0 ? 0 : 8;
        for (int i = 0; i < 8; i++) {
          Instant at = now.minus(Duration.ofDays(day)).minus(Duration.ofMinutes(10 + i));
          log.record(new FetchLog.Entry(at, "steady", "https://steady.example/" + day + "/" + i, "ARTICLE", "FETCHED",
              200, null, null, 100, null));
          if (i < holed)
            log.record(new FetchLog.Entry(at, "holed", "https://holed.example/" + day + "/" + i, "ARTICLE", "FETCHED",
                200, null, null, 100, null));
        }
      }
      log.record(new FetchLog.Entry(now.minus(Duration.ofHours(1)), "holed", "https://holed.example/feed", "FEED",
          "FAILED", 503, "HTTP_STATUS", "HTTP 503", 0, null));
    }
  }

  private Run vigie(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = VigieCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void the_table_flags_the_source_whose_last_day_is_a_hole_and_the_exit_code_says_so() {
    Run run = vigie("sources", "health", "--data-dir", dataDir.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out().lines().filter(l -> l.startsWith("holed"))).singleElement().asString()
        .contains("HOLE").contains("HTTP_STATUS=1");
    assertThat(run.out().lines().filter(l -> l.startsWith("steady"))).singleElement().asString()
        .contains(" ok ").doesNotContain("HOLE");
    assertThat(run.out()).contains("2 source(s), 1 with a coverage hole");
  }

  @Test
  void json_gives_the_same_report_for_machines() throws Exception {
    Run run = vigie("sources", "health", "--json", "--data-dir", dataDir.toString());
    JsonNode root = new ObjectMapper().readTree(run.out());
    JsonNode holed = root.get("sources").get(0);
    assertThat(holed.get("source").asText()).isEqualTo("holed");
    assertThat(holed.get("coverage").get("status").asText()).isEqualTo("hole");
    assertThat(holed.get("coverage").get("norm").asDouble()).isEqualTo(8.0);
    assertThat(holed.get("articlesPerDay").get(0).asInt()).isZero();
    assertThat(holed.get("errorsByKind").get("HTTP_STATUS").asInt()).isEqualTo(1);
    assertThat(root.get("sources").get(1).get("coverage").get("status").asText()).isEqualTo("normal");
  }

  @Test
  void without_crawl_state_it_says_so_in_one_line() {
    Run run = vigie("sources", "health", "--data-dir", dataDir.resolve("empty").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
  }
}
