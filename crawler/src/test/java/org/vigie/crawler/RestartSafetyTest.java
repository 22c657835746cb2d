package org.vigie.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.FetchedPage;
import org.vigie.core.Source;
import org.vigie.crawler.state.CrawlDatabase;

/**
 * A crawl killed with SIGKILL midway (a JVM of its own, destroyed forcibly) loses no discovered
 * URL, and the next run fetches nothing that the killed one had stored.
 */
class RestartSafetyTest {
  private static final int PAGES = 40;

  @TempDir Path dataDir;
  @TempDir Path childLogs;
  private final LoopbackSite site = new LoopbackSite();

  @AfterEach
  void stop() {
    site.close();
  }

  private String serveSite() {
    StringBuilder sitemap = new StringBuilder("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (int i = 0; i < PAGES; i++) {
      sitemap.append("<url><loc>").append(site.base()).append("/a/").append(i).append("</loc></url>");
      site.text("/a/" + i, "text/html; charset=utf-8", "<html><body><p>Article ${title}</p></body></html>");
    }
    site.text("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n")
        .text("/sitemap.xml", "application/xml", sitemap.append("</urlset>").toString());
    return site.base() + "/sitemap.xml";
  }

  private Set<String> articleRequests() {
    Set<String> paths = new HashSet<>();
    for (LoopbackSite.Request r : site.requests) if (r.path().startsWith("/a/")) paths.add(r.path());
    return paths;
  }

  @Test
  void a_crawl_killed_midway_loses_no_discovered_url_and_the_next_run_fetches_nothing_it_stored() throws Exception {
    String sitemap = serveSite();
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrawlChild.class.getName(),
        dataDir.toString(), sitemap, "60")
        .redirectErrorStream(true).redirectOutput(childLogs.resolve("child.log").toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      while (articleRequests().size() < 10 && System.nanoTime() < deadline && child.isAlive()) Thread.sleep(10);
      assertThat(articleRequests()).as("the child crawl got going").hasSizeGreaterThanOrEqualTo(10);
    } finally {
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }
    int requestsBeforeRestart = site.requests.size();
    Set<String> requestedByKilled = articleRequests();
    assertThat(requestedByKilled).as("killed midway").hasSizeLessThan(PAGES);

    Set<String> discovered = new HashSet<>();
    Set<String> stored = new HashSet<>();
    try (CrawlDatabase db = new CrawlDatabase(dataDir); Connection c = db.connection();
        ResultSet rs = c.createStatement().executeQuery("SELECT url, state FROM crawl_url")) {
      while (rs.next()) {
        String path = URI.create(rs.getString(1)).getPath();
        discovered.add(path);
        if (rs.getString(2).equals("FETCHED")) stored.add(path);
      }
    }
    assertThat(discovered).as("every URL of the sitemap survived the kill").hasSize(PAGES);
    assertThat(stored).isNotEmpty();
    assertThat(requestedByKilled).containsAll(stored);

    List<FetchedPage> delivered = new CopyOnWriteArrayList<>();
    Source source = new Source("outlet", null, List.of("fr"), "FR", List.of(), List.of(URI.create(sitemap)), List.of(),
        null, null, true);
    try (Crawler crawler = new Crawler(CrawlerTest.config(Duration.ofMillis(5)), dataDir)) {
      crawler.crawlOnce(List.of(source), delivered::add, CrawlProgress.NONE);
    }

    Set<String> requestedAfterRestart = new HashSet<>();
    for (LoopbackSite.Request r : site.requests.subList(requestsBeforeRestart, site.requests.size()))
      if (r.path().startsWith("/a/")) requestedAfterRestart.add(r.path());
    assertThat(requestedAfterRestart).as("nothing stored is fetched again").doesNotContainAnyElementsOf(stored);
    Set<String> all = new HashSet<>(stored);
    all.addAll(requestedAfterRestart);
    assertThat(all).as("every page fetched by one run or the other").hasSize(PAGES);
    assertThat(delivered).extracting(p -> p.url().getPath()).containsExactlyInAnyOrderElementsOf(requestedAfterRestart);
  }
}
