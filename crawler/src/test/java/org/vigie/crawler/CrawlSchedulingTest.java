package org.vigie.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Source;

/**
 * Regression tests for the slow demo (≈ 35 s of crawling where politeness allowed ≈ 15 s): every
 * discovery ran before any fetch, and each host's worker ran the article pipeline between two of
 * its requests.
 */
class CrawlSchedulingTest {

  @TempDir Path dataDir;
  private final LoopbackSite fast = new LoopbackSite();
  private final LoopbackSite slow = new LoopbackSite();

  @AfterEach
  void stop() {
    fast.close();
    slow.close();
  }

  private static String sitemap(LoopbackSite site, int pages) {
    StringBuilder s = new StringBuilder("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (int i = 0; i < pages; i++) {
      s.append("<url><loc>").append(site.base()).append("/a/").append(i).append("</loc></url>");
      site.text("/a/" + i, "text/html; charset=utf-8", "<html><body><p>Article ${title}</p></body></html>");
    }
    return s.append("</urlset>").toString();
  }

  private static Source source(String id, LoopbackSite site) {
    return new Source(id, null, List.of("fr"), "FR", List.of(), List.of(site.uri("/sitemap.xml")), List.of(),
        null, null, true);
  }

  @Test
  void a_source_still_in_discovery_does_not_hold_up_fetching_the_others() throws Exception {
    CountDownLatch fastFetched = new CountDownLatch(3);
    fast.text("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n")
        .text("/sitemap.xml", "application/xml", sitemap(fast, 3));
    for (int i = 0; i < 3; i++) {
      String body = "<html><body><p>Article " + i + "</p></body></html>";
      fast.route("/a/" + i, ex -> {
        ex.getResponseHeaders().set("Content-Type", "text/html");
        LoopbackSite.send(ex, 200, body.getBytes(StandardCharsets.UTF_8));
        fastFetched.countDown();
      });
    }
    // The slow outlet's sitemap answers only once the fast outlet's articles have all been fetched
    // (or after 10 s, in which case the assertion below fails).
    slow.text("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
    String slowSitemap = sitemap(slow, 1);
    AtomicBoolean othersDoneFirst = new AtomicBoolean();
    slow.route("/sitemap.xml", ex -> {
      try {
        othersDoneFirst.set(fastFetched.await(10, TimeUnit.SECONDS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      ex.getResponseHeaders().set("Content-Type", "application/xml");
      LoopbackSite.send(ex, 200, slowSitemap.getBytes(StandardCharsets.UTF_8));
    });

    CrawlSummary summary;
    try (Crawler crawler = new Crawler(CrawlerTest.config(Duration.ofMillis(10)), dataDir)) {
      summary = crawler.crawlOnce(List.of(source("slow", slow), source("fast", fast)), p -> {}, CrawlProgress.NONE);
    }

    assertThat(othersDoneFirst).as("fast outlet fetched while the slow one was still in discovery").isTrue();
    assertThat(summary.fetched()).isEqualTo(4);
  }

  @Test
  void fetching_goes_on_while_the_sink_is_still_busy_with_earlier_pages() throws Exception {
    fast.text("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n")
        .text("/sitemap.xml", "application/xml", sitemap(fast, 4));
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch allRequested = new CountDownLatch(1);
    Thread watcher = Thread.ofVirtual().start(() -> {
      while (fast.requests.stream().filter(r -> r.path().startsWith("/a/")).count() < 4) {
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
      allRequested.countDown();
      release.countDown();
    });
    boolean[] sinkSawAllRequested = {true};
    try (Crawler crawler = new Crawler(CrawlerTest.config(Duration.ofMillis(10)), dataDir)) {
      crawler.crawlOnce(List.of(source("fast", fast)), page -> {
        try {
          // The first pages block the sink until all four were requested; with the pipeline on
          // the host's worker, the second request would never come and this would time out.
          if (!release.await(10, TimeUnit.SECONDS)) sinkSawAllRequested[0] = false;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, CrawlProgress.NONE);
    }
    watcher.interrupt();
    assertThat(allRequested.getCount()).isZero();
    assertThat(sinkSawAllRequested[0]).isTrue();
  }
}
