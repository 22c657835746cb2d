package org.vigie.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Per-host spacing as the server sees it: arrival times logged by a real loopback server, for a
 * burst of requests issued at once.
 */
class ServerSideSpacingTest {

  private record Arrival(String path, long nanos) {}

  private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
  private final AtomicInteger seen = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private HttpServer server;

  /**
   * @param firstSeenLateMs the first request reaches the handler this late, as when opening the
   *     connection is slow (TCP set-up on a loaded machine)
   * @param answerMs how long each answer takes once the request is logged
   */
  private String serve(String robots, long firstSeenLateMs, long answerMs) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", ex -> {
      int now = inFlight.incrementAndGet();
      maxInFlight.accumulateAndGet(now, Math::max);
      try {
        if (seen.getAndIncrement() == 0) Thread.sleep(firstSeenLateMs);
        arrivals.add(new Arrival(ex.getRequestURI().getPath(), System.nanoTime()));
        Thread.sleep(answerMs);
        boolean isRobots = ex.getRequestURI().getPath().equals("/robots.txt");
        byte[] body = (isRobots ? robots : "<html><body><p>page</p></body></html>").getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", isRobots ? "text/plain" : "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(body);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        inFlight.decrementAndGet();
        ex.close();
      }
    });
    server.start();
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    if (server != null) server.stop(0);
  }

  /** Fetches every page at once, each from its own thread, through one fetcher. */
  private void burst(String base, int pages, Duration delay, int maxConnections) throws Exception {
    HttpFetcher http = new HttpFetcher(HttpFetcher.newClient(Duration.ofSeconds(2)),
        new FetchLimits(1_000_000, Duration.ofSeconds(5), Duration.ofSeconds(10), 2));
    PoliteFetcher fetcher = new PoliteFetcher(http, new HostGate(), 2, 0, (req, res) -> {});
    List<FetchResult> results = new CopyOnWriteArrayList<>();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < pages; i++) {
        URI url = URI.create(base + "/page/" + i);
        threads.submit(() -> results.add(fetcher.fetch(new FetchRequest(url, DocumentKind.ARTICLE, "s", true, delay,
            "VigieTest/1.0", Validators.NONE, maxConnections))));
      }
    }
    assertThat(results).hasSize(pages).allMatch(r -> r instanceof FetchResult.Fetched);
  }

  private List<Long> gapsMs() {
    List<Arrival> sorted = new ArrayList<>(arrivals);
    sorted.sort((a, b) -> Long.compare(a.nanos(), b.nanos()));
    List<Long> gaps = new ArrayList<>();
    for (int i = 1; i < sorted.size(); i++) gaps.add((sorted.get(i).nanos() - sorted.get(i - 1).nanos()) / 1_000_000);
    return gaps;
  }

  // Regression: counting the delay from each request's start gave server-side gaps of the delay
  // plus the next request's latency minus the previous one's, 615 ms at a 1 s delay after the
  // request that opened the connection. The gate counts from the arrival of the answer's headers.
  @ParameterizedTest(name = "delay {0} ms, first request seen {1} ms late")
  @CsvSource({"20, 0", "100, 0", "100, 80", "250, 0", "250, 200"})
  void requests_reach_the_server_at_least_the_delay_apart(long delayMs, long firstSeenLateMs) throws Exception {
    String base = serve("User-agent: *\nAllow: /\n", firstSeenLateMs, 0);

    burst(base, 5, Duration.ofMillis(delayMs), 1);

    assertThat(arrivals).hasSize(6);
    assertThat(arrivals.get(0).path()).isEqualTo("/robots.txt");
    // Whole milliseconds, rounded down: a gap of exactly the delay passes.
    assertThat(gapsMs()).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(delayMs));
    assertThat(maxInFlight).as("one connection: never two requests at once").hasValue(1);
  }

  @Test
  void crawl_delay_from_robots_txt_raises_the_gap_above_the_configured_delay() throws Exception {
    String base = serve("User-agent: *\nCrawl-delay: 0.4\n", 0, 0);

    burst(base, 3, Duration.ofMillis(20), 1);

    assertThat(arrivals).hasSize(4);
    // robots.txt goes out under the configured delay; the first page already knows the Crawl-delay.
    assertThat(gapsMs()).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(400));
  }

  @Test
  void max_connections_lets_that_many_requests_overlap_and_no_more() throws Exception {
    // Each answer takes 300 ms, the delay is 50 ms: with three connections, three requests are in
    // flight at once; with the default one, they would go one after the other.
    String base = serve("User-agent: *\nAllow: /\n", 0, 300);

    burst(base, 8, Duration.ofMillis(50), 3);

    assertThat(arrivals).hasSize(9);
    assertThat(maxInFlight).hasValue(3);
  }
}
