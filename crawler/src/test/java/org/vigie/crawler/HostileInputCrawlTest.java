package org.vigie.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.vigie.core.FetchedPage;
import org.vigie.core.Source;
import org.vigie.core.config.CrawlerConfig;

/**
 * Hostile and broken servers, each a real HTTP server on loopback: every case must end in a clear
 * log line, no crash, and the rest of the crawl going on.
 */
class HostileInputCrawlTest {

  @TempDir Path dataDir;
  private LoopbackSite site;
  private final List<FetchedPage> delivered = new CopyOnWriteArrayList<>();
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final List<Logger> watched = List.of(
      (Logger) LoggerFactory.getLogger(FetchRecorder.class), (Logger) LoggerFactory.getLogger(DiscoveryStage.class),
      (Logger) LoggerFactory.getLogger("org.vigie.crawler.fetch"));

  @BeforeEach
  void start() {
    site = new LoopbackSite();
    logs.start();
    watched.forEach(l -> l.addAppender(logs));
  }

  @AfterEach
  void stop() {
    site.close();
    watched.forEach(l -> l.detachAppender(logs));
  }

  private CrawlSummary crawl(int retries, String... feeds) {
    CrawlerConfig config = new CrawlerConfig("VigieTest/1.0", Duration.ofMillis(10), 8, 1_000_000,
        Duration.ofSeconds(2), Duration.ofMillis(800), Duration.ofSeconds(2), 5, retries, true);
    Source source = new Source("hostile", null, List.of("fr"), "FR",
        java.util.Arrays.stream(feeds).map(site::uri).toList(), List.of(), List.of(), null, null, false);
    try (Crawler crawler = new Crawler(config, dataDir)) {
      return crawler.crawlOnce(List.of(source), delivered::add, CrawlProgress.NONE);
    }
  }

  private CrawlSummary crawlSitemap(String sitemap) {
    CrawlerConfig config = new CrawlerConfig("VigieTest/1.0", Duration.ofMillis(10), 8, 1_000_000,
        Duration.ofSeconds(2), Duration.ofMillis(800), Duration.ofSeconds(2), 5, 0, true);
    Source source = new Source("hostile", null, List.of("fr"), "FR", List.of(), List.of(site.uri(sitemap)),
        List.of(), null, null, false);
    try (Crawler crawler = new Crawler(config, dataDir)) {
      return crawler.crawlOnce(List.of(source), delivered::add, CrawlProgress.NONE);
    }
  }

  private String feedOf(String... paths) {
    StringBuilder sb = new StringBuilder("<rss version=\"2.0\"><channel><title>t</title>");
    for (String p : paths) sb.append("<item><link>${base}").append(p).append("</link></item>");
    return sb.append("</channel></rss>").toString();
  }

  private List<String> messages() {
    return logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
  }

  private List<String> deliveredPaths() {
    return delivered.stream().map(p -> p.url().getPath()).sorted().toList();
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  @Test
  void malformed_empty_and_xxe_feeds_are_logged_and_the_good_feed_still_read() {
    site.text("/robots.txt", "text/plain", "")
        .text("/malformed.rss", "application/rss+xml", "<rss version=\"2.0\"><channel><item><link>${base}/a</link>")
        .text("/empty.rss", "application/rss+xml", "")
        .text("/xxe.rss", "application/rss+xml", """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>&xxe;</title>
            <item><link>${base}/leak?d=&xxe;</link></item></channel></rss>""")
        .text("/good.rss", "application/rss+xml", feedOf("/fine"))
        .fixture("/fine", "text/html", "article-plain.html");
    CrawlSummary summary = crawl(0, "/malformed.rss", "/empty.rss", "/xxe.rss", "/good.rss");

    assertThat(deliveredPaths()).containsExactly("/fine");
    assertThat(site.requests).noneMatch(r -> r.path().startsWith("/leak"));
    assertThat(summary.failed()).isEqualTo(3);
    assertThat(messages()).anySatisfy(m -> assertThat(m).contains("/xxe.rss").contains("unreadable feed"));
    assertThat(messages()).anySatisfy(m -> assertThat(m).contains("/empty.rss").contains("empty feed"));
  }

  @Test
  void a_feed_larger_than_the_body_limit_is_refused() {
    site.text("/robots.txt", "text/plain", "")
        .text("/huge.rss", "application/rss+xml", feedOf("/x") + " ".repeat(1_200_000));
    CrawlSummary summary = crawl(0, "/huge.rss");
    assertThat(summary.failed()).isEqualTo(1);
    assertThat(messages()).anySatisfy(m -> assertThat(m).contains("/huge.rss").contains("TOO_LARGE"));
  }

  @Test
  void a_gzip_bomb_is_stopped_at_the_decompressed_limit() throws Exception {
    byte[] bomb = gzip(new byte[50_000_000]);
    site.text("/robots.txt", "text/plain", "")
        .text("/feed.rss", "application/rss+xml", feedOf("/bomb", "/fine"))
        .fixture("/fine", "text/html", "article-plain.html")
        .route("/bomb", ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/html");
          ex.getResponseHeaders().set("Content-Encoding", "gzip");
          LoopbackSite.send(ex, 200, bomb);
        });
    crawl(0, "/feed.rss");
    assertThat(bomb.length).isLessThan(1_000_000);
    assertThat(deliveredPaths()).containsExactly("/fine");
    assertThat(messages()).anySatisfy(m -> assertThat(m).contains("/bomb").contains("decompressed body exceeds"));
  }

  @Test
  void pages_that_trickle_bytes_or_cut_the_connection_fail_cleanly() {
    site.text("/robots.txt", "text/plain", "")
        .text("/feed.rss", "application/rss+xml", feedOf("/trickle", "/cut", "/fine"))
        .fixture("/fine", "text/html", "article-plain.html")
        .route("/trickle", ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/html");
          ex.sendResponseHeaders(200, 0);
          OutputStream out = ex.getResponseBody();
          for (int i = 0; i < 40; i++) {
            out.write('x');
            out.flush();
            try {
              Thread.sleep(200);
            } catch (InterruptedException e) {
              return;
            }
          }
        })
        .route("/cut", ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/html");
          ex.sendResponseHeaders(200, 10_000);
          ex.getResponseBody().write("<html>only the start".getBytes(StandardCharsets.UTF_8));
          ex.getResponseBody().flush();
          // returning closes the exchange 9,980 bytes short: the client sees the connection end
        });
    CrawlSummary summary = crawl(0, "/feed.rss");
    assertThat(deliveredPaths()).containsExactly("/fine");
    assertThat(summary.failed()).isEqualTo(2);
    assertThat(messages()).anySatisfy(m -> assertThat(m).contains("/trickle").contains("TIMEOUT"));
    assertThat(messages()).anySatisfy(m -> assertThat(m).contains("/cut").contains("CONNECTION"));
  }

  @Test
  void a_page_that_lies_about_its_charset_still_decodes_right() {
    Charset cp1252 = Charset.forName("windows-1252");
    byte[] lying = "<html><head><title>Sécurité</title></head><body><p>L’été déjà : « deepfakes »</p></body></html>"
        .getBytes(cp1252);
    byte[] undeclared = "<html><body><p>Très inquiétant, dit-elle – c’est grave.</p></body></html>".getBytes(cp1252);
    site.text("/robots.txt", "text/plain", "")
        .text("/feed.rss", "application/rss+xml", feedOf("/lying", "/undeclared"))
        .route("/lying", ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          LoopbackSite.send(ex, 200, lying);
        })
        .route("/undeclared", ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/html");
          LoopbackSite.send(ex, 200, undeclared);
        });
    crawl(0, "/feed.rss");
    assertThat(delivered).hasSize(2);
    FetchedPage lyingPage = delivered.stream().filter(p -> p.url().getPath().equals("/lying")).findFirst().orElseThrow();
    assertThat(lyingPage.text()).contains("L’été déjà : « deepfakes »");
    FetchedPage undeclaredPage = delivered.stream().filter(p -> p.url().getPath().equals("/undeclared")).findFirst().orElseThrow();
    assertThat(undeclaredPage.text()).contains("Très inquiétant, dit-elle – c’est grave.");
  }

  @Test
  void redirect_loops_and_redirect_chains_past_the_limit_are_refused() {
    site.text("/robots.txt", "text/plain", "")
        .text("/feed.rss", "application/rss+xml", feedOf("/loop-a", "/r1", "/hop"))
        .fixture("/landed", "text/html", "article-plain.html");
    site.route("/loop-a", ex -> redirect(ex, "/loop-b")).route("/loop-b", ex -> redirect(ex, "/loop-a"));
    for (int i = 1; i <= 7; i++) {
      String next = "/r" + (i + 1);
      site.route("/r" + i, ex -> redirect(ex, next));
    }
    site.route("/hop", ex -> redirect(ex, "/landed"));
    crawl(0, "/feed.rss");
    assertThat(delivered).extracting(p -> p.url().getPath()).containsExactly("/landed");
    assertThat(delivered.get(0).requestedUrl().getPath()).isEqualTo("/hop");
    assertThat(messages()).anySatisfy(m -> assertThat(m).contains("/loop-a").contains("redirect loop"));
    assertThat(messages()).anySatisfy(m -> assertThat(m).contains("/r1").contains("more than 5 redirects"));
    assertThat(site.count("/r7")).isZero();
  }

  private static void redirect(com.sun.net.httpserver.HttpExchange ex, String to) throws IOException {
    ex.getResponseHeaders().set("Location", to);
    LoopbackSite.send(ex, 302, new byte[0]);
  }

  @Test
  void error_statuses_are_logged_and_429_is_retried_after_the_time_it_asks() {
    AtomicInteger calls = new AtomicInteger();
    site.text("/robots.txt", "text/plain", "")
        .text("/feed.rss", "application/rss+xml", feedOf("/403", "/404", "/410", "/503", "/busy"))
        .route("/403", ex -> LoopbackSite.send(ex, 403, new byte[0]))
        .route("/410", ex -> LoopbackSite.send(ex, 410, new byte[0]))
        .route("/503", ex -> LoopbackSite.send(ex, 503, new byte[0]))
        .route("/busy", ex -> {
          if (calls.getAndIncrement() == 0) {
            ex.getResponseHeaders().set("Retry-After", "1");
            LoopbackSite.send(ex, 429, new byte[0]);
          } else {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            LoopbackSite.send(ex, 200, "<html><body>ok</body></html>".getBytes(StandardCharsets.UTF_8));
          }
        });
    crawl(1, "/feed.rss");
    assertThat(deliveredPaths()).containsExactly("/busy");
    List<LoopbackSite.Request> busy = site.requests.stream().filter(r -> r.path().equals("/busy")).toList();
    assertThat(busy).hasSize(2);
    assertThat(busy.get(1).nanos() - busy.get(0).nanos()).isGreaterThanOrEqualTo(1_000_000_000L);
    for (String status : List.of("403", "404", "410", "503"))
      assertThat(messages()).anySatisfy(m -> assertThat(m).contains("/" + status).contains("HTTP " + status));
    assertThat(site.count("/503")).isEqualTo(2); // retried once, as configured
    assertThat(site.count("/404")).isEqualTo(1); // a 404 is not retried
  }

  @Test
  void a_missing_robots_txt_allows_everything() {
    site.text("/feed.rss", "application/rss+xml", feedOf("/fine"))
        .fixture("/fine", "text/html", "article-plain.html");
    crawl(0, "/feed.rss");
    assertThat(site.count("/robots.txt")).isEqualTo(1);
    assertThat(deliveredPaths()).containsExactly("/fine");
  }

  @Test
  void a_robots_txt_answering_5xx_defers_the_whole_host() {
    site.route("/robots.txt", ex -> LoopbackSite.send(ex, 503, new byte[0]))
        .text("/feed.rss", "application/rss+xml", feedOf("/fine"))
        .fixture("/fine", "text/html", "article-plain.html");
    crawl(0, "/feed.rss");
    assertThat(site.count("/feed.rss")).isZero();
    assertThat(delivered).isEmpty();
    assertThat(messages()).anySatisfy(m -> assertThat(m).contains("robots.txt").contains("deferring"));
  }

  @Test
  void a_huge_robots_txt_is_read_up_to_its_limit_and_obeyed() {
    String robots = "User-agent: *\nDisallow: /private/\n" + "# padding\n".repeat(300_000);
    site.text("/robots.txt", "text/plain", robots)
        .text("/feed.rss", "application/rss+xml", feedOf("/private/x", "/fine"))
        .fixture("/fine", "text/html", "article-plain.html")
        .fixture("/private/x", "text/html", "article-plain.html");
    crawl(0, "/feed.rss");
    assertThat(robots.length()).isGreaterThan(2_000_000);
    assertThat(deliveredPaths()).containsExactly("/fine");
    assertThat(site.count("/private/x")).isZero();
  }

  @Test
  void a_sitemap_bomb_and_a_sitemap_with_a_foreign_namespace_are_logged_and_skipped() throws Exception {
    byte[] bomb = gzip(("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + "<url><loc>" + site.base() + "/x</loc></url>" + " ".repeat(30_000_000) + "</urlset>").getBytes(StandardCharsets.UTF_8));
    site.text("/robots.txt", "text/plain", "")
        .route("/sitemap.xml.gz", ex -> {
          ex.getResponseHeaders().set("Content-Type", "application/gzip");
          LoopbackSite.send(ex, 200, bomb);
        });
    CrawlSummary summary = crawlSitemap("/sitemap.xml.gz");
    assertThat(summary.failed()).isEqualTo(1);
    assertThat(messages()).anySatisfy(m -> assertThat(m).contains("/sitemap.xml.gz").contains("exceeds"));
    assertThat(site.count("/x")).isZero();
  }

  @Test
  void a_sitemap_with_an_unknown_namespace_does_not_stop_the_crawl() {
    site.text("/robots.txt", "text/plain", "")
        .text("/odd-sitemap.xml", "application/xml", """
            <?xml version="1.0"?><urlset xmlns="http://example.com/not-a-sitemap">
            <url><loc>${base}/fine</loc></url></urlset>""")
        .fixture("/fine", "text/html", "article-plain.html");
    CrawlSummary summary = crawlSitemap("/odd-sitemap.xml");
    // crawler-commons in lenient mode reads it anyway; strict readers would refuse it: either way no crash
    assertThat(summary.failed() + summary.fetched()).isEqualTo(1);
  }
}
