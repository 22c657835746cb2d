package org.vigie.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.vigie.app.Components;
import org.vigie.app.demo.DemoArticle;
import org.vigie.app.demo.DemoCorpus;
import org.vigie.app.demo.ReplaySites;
import org.vigie.core.Source;
import org.vigie.core.config.VigieConfig;
import org.vigie.crawler.CrawlProgress;

/** A page that fails to fetch or to parse is logged with its URL and reason, and the run goes on. */
class FailingPagesIT {
  @TempDir Path dataDir;

  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private HttpServer brokenOutlet;
  private ReplaySites sites;

  @BeforeEach
  void startSitesAndCaptureLogs() {
    logged.start();
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logged);
    sites = ReplaySites.start(DemoCorpus.load(), 0);
  }

  @AfterEach
  void stop() {
    ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logged);
    if (brokenOutlet != null) brokenOutlet.stop(0);
    sites.close();
  }

  @Test
  void pages_that_fail_to_fetch_or_hold_no_article_are_logged_with_url_and_reason_and_the_run_goes_on() throws IOException {
    DemoArticle good = sites.corpus().articles("le-messager").get(0);
    URI goodUrl = sites.articleUrl(good);
    URI missing = sites.baseUrl("le-messager").resolve("/no-such-article.html");
    URI dead = URI.create("http://127.0.0.1:" + closedPort() + "/gone.html");
    URI feed = serveBrokenOutlet(goodUrl, missing, dead);
    URI empty = feed.resolve("/empty.html");
    Source broken =
        new Source("broken", "Broken Outlet", List.of("fr"), "FR", List.of(feed), List.of(), List.of(), null, null, true);

    RunTally tally = new RunTally();
    try (Components components = new Components(VigieConfig.defaults(dataDir), Map.of())) {
      ArticlePipeline pipeline =
          new ArticlePipeline(components.extractor(), a -> a, components.annotator(), components.index());
      new CrawlAndIndex(components.crawler(), pipeline, components.index()).once(List.of(broken), tally, CrawlProgress.NONE);

      assertThat(components.index().count()).isEqualTo(1);
    }

    assertThat(tally.indexed()).isEqualTo(1);
    assertThat(tally.skipped()).isEqualTo(1);
    assertThat(warningAbout(missing)).contains("404");
    // A host that refuses connections already fails at robots.txt: the warning names the host and
    // the reason, and its page stays in the frontier for a later pass instead of being dropped.
    assertThat(warningAbout(URI.create("http://" + dead.getAuthority() + "/robots.txt"))).contains("connection refused");
    assertThat(warningAbout(empty)).contains("no article text");
  }

  private String warningAbout(URI url) {
    return logged.list.stream()
        .filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
        .map(ILoggingEvent::getFormattedMessage)
        .filter(m -> m.contains(url.toString()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no warning names " + url + "; warnings: " + warnings()));
  }

  private List<String> warnings() {
    return logged.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).map(ILoggingEvent::getFormattedMessage).toList();
  }

  /** A real HTTP server for the broken outlet: its feed, and a page with no article text. */
  private URI serveBrokenOutlet(URI good, URI missing, URI dead) throws IOException {
    brokenOutlet = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
    String base = "http://127.0.0.1:" + brokenOutlet.getAddress().getPort();
    String feed;
    try (InputStream in = getClass().getResourceAsStream("/feeds/feed-with-a-good-a-missing-a-dead-and-an-empty-page.xml")) {
      feed =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace("GOOD", good.toString())
              .replace("MISSING", missing.toString())
              .replace("DEAD", dead.toString())
              .replace("EMPTY", base + "/empty.html");
    }
    respond("/feed.xml", "application/rss+xml; charset=utf-8", feed);
    respond("/empty.html", "text/html; charset=utf-8", "<!doctype html><html lang=\"fr\"><head><title></title></head><body></body></html>");
    respond("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
    brokenOutlet.start();
    return URI.create(base + "/feed.xml");
  }

  private void respond(String path, String type, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    brokenOutlet.createContext(
        path,
        exchange -> {
          exchange.getResponseHeaders().set("Content-Type", type);
          exchange.sendResponseHeaders(200, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
  }

  private static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
