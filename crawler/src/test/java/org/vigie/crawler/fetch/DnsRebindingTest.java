package org.vigie.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * DNS rebinding against the SSRF guard: the name is public when the guard asks and loopback when
 * asked again. The connect must reuse the vetted answer (the JVM's resolver cache, read within
 * the host's turn), so the loopback server never sees a request.
 */
class DnsRebindingTest {

  @Test
  void a_name_that_rebinds_to_loopback_after_the_check_never_reaches_the_loopback_server() throws Exception {
    HttpServer loopback = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    AtomicInteger hits = new AtomicInteger();
    loopback.createContext("/", ex -> {
      hits.incrementAndGet();
      ex.sendResponseHeaders(200, -1);
      ex.close();
    });
    loopback.start();
    try {
      HttpFetcher http = new HttpFetcher(HttpFetcher.newClient(Duration.ofMillis(500)),
          new FetchLimits(1_000_000, Duration.ofMillis(500), Duration.ofSeconds(2), 2));
      PoliteFetcher fetcher = new PoliteFetcher(http, new HostGate(), 2, 0, (req, res) -> {});
      URI url = URI.create("http://" + RebindingResolverProvider.NAME + ":" + loopback.getAddress().getPort() + "/feed.xml");
      FetchRequest request = new FetchRequest(url, DocumentKind.FEED, "s", false, Duration.ofMillis(1), "T/1",
          Validators.NONE);

      FetchResult result = fetcher.fetch(request);

      assertThat(hits).as("requests that reached the loopback server").hasValue(0);
      assertThat(RebindingResolverProvider.LOOKUPS).as("DNS lookups: one answer served check and connect").hasValue(1);
      assertThat(result).isNotInstanceOf(FetchResult.Fetched.class);
    } finally {
      loopback.stop(0);
    }
  }
}
