package org.vigie.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Source;

/**
 * {@code max-connections} from sources.yml, end to end: the host's articles are fetched that many
 * at once (it was parsed and ignored before), and their starts still reach the server the delay
 * apart from the request before.
 */
class MaxConnectionsCrawlTest {

  @TempDir Path dataDir;
  private final LoopbackSite site = new LoopbackSite();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();

  @AfterEach
  void stop() {
    site.close();
  }

  @ParameterizedTest(name = "max-connections {0}")
  @CsvSource({"0", "1", "3"})
  void articles_of_a_host_overlap_up_to_its_max_connections(int maxConnections) throws Exception {
    int pages = 6;
    StringBuilder sitemap = new StringBuilder("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (int i = 0; i < pages; i++) {
      sitemap.append("<url><loc>").append(site.base()).append("/a/").append(i).append("</loc></url>");
      byte[] body = ("<html><body><p>Article " + i + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
      // Each answer takes 250 ms, five times the delay: only overlapping requests can keep up.
      site.route("/a/" + i, ex -> {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
          Thread.sleep(250);
          ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          LoopbackSite.send(ex, 200, body);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          inFlight.decrementAndGet();
        }
      });
    }
    site.text("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n")
        .text("/sitemap.xml", "application/xml", sitemap.append("</urlset>").toString());
    // 0 stands for "not set in sources.yml": the default, one connection.
    Source.Politeness politeness = new Source.Politeness(null, maxConnections == 0 ? null : maxConnections, null);
    Source source = new Source("s", null, List.of("fr"), "FR", List.of(), List.of(site.uri("/sitemap.xml")), List.of(),
        null, politeness, true);
    Duration delay = Duration.ofMillis(50);

    CrawlSummary summary;
    try (Crawler crawler = new Crawler(CrawlerTest.config(delay), dataDir)) {
      summary = crawler.crawlOnce(List.of(source), p -> {}, CrawlProgress.NONE);
    }

    assertThat(summary.fetched()).isEqualTo(pages);
    assertThat(maxInFlight).hasValue(Math.max(1, maxConnections));
    List<LoopbackSite.Request> requests = new ArrayList<>(site.requests);
    requests.sort((a, b) -> Long.compare(a.nanos(), b.nanos()));
    if (maxConnections <= 1) {
      // One connection: the server sees every request the delay after the one before.
      for (int i = 1; i < requests.size(); i++)
        assertThat(requests.get(i).nanos() - requests.get(i - 1).nanos()).as("gap before %s", requests.get(i).path())
            .isGreaterThanOrEqualTo(delay.toNanos());
    }
  }
}
