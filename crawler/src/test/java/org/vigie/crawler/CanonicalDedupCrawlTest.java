package org.vigie.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.FetchedPage;
import org.vigie.core.Source;

/** rel=canonical as a dedup key: the same article under two URLs is delivered once. */
class CanonicalDedupCrawlTest {

  @TempDir Path dataDir;
  private final LoopbackSite site = new LoopbackSite();
  /** The host every page names as canonical; the crawler must never ask it for anything. */
  private final LoopbackSite canonicalHost = new LoopbackSite();
  private final List<FetchedPage> delivered = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    site.close();
    canonicalHost.close();
  }

  private static String page(String canonical, String text) {
    return "<html><head><title>t</title><link rel=\"canonical\" href=\"" + canonical + "\"></head>"
        + "<body><article><p>" + text + "</p></article></body></html>";
  }

  private static String sitemap(String base, String... paths) {
    StringBuilder s = new StringBuilder("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (String p : paths) s.append("<url><loc>").append(base).append(p).append("</loc></url>");
    return s.append("</urlset>").toString();
  }

  private CrawlSummary crawl(String... sitemapPaths) {
    Source source = new Source("outlet", null, List.of("fr"), "FR", List.of(),
        List.of(sitemapPaths).stream().map(site::uri).toList(), List.of(), null, null, true);
    try (Crawler crawler = new Crawler(CrawlerTest.config(Duration.ofMillis(10)), dataDir)) {
      return crawler.crawlOnce(List.of(source), delivered::add, CrawlProgress.NONE);
    }
  }

  @Test
  void a_page_whose_canonical_was_already_delivered_under_another_url_is_not_delivered_again() {
    String canonical = canonicalHost.base() + "/2026/01/story";
    site.text("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n")
        .text("/sitemap.xml", "application/xml", sitemap(site.base(), "/story", "/amp/story", "/other"))
        .text("/story", "text/html; charset=utf-8", page(canonical, "Le texte de l'article, version web."))
        .text("/amp/story", "text/html; charset=utf-8", page(canonical, "Le texte de l'article, version AMP."))
        .text("/other", "text/html; charset=utf-8", page(canonicalHost.base() + "/2026/01/other", "Un autre article."));

    CrawlSummary summary = crawl("/sitemap.xml");

    assertThat(delivered).extracting(p -> p.url().getPath()).containsExactlyInAnyOrder("/story", "/other");
    assertThat(summary.duplicates()).isEqualTo(1);
    assertThat(summary.fetched()).isEqualTo(2);
    assertThat(canonicalHost.requests).as("canonical URLs are dedup keys, never fetched").isEmpty();
  }

  @Test
  void a_duplicate_found_on_a_later_run_is_not_delivered_either() {
    String canonical = canonicalHost.base() + "/2026/01/story";
    site.text("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n")
        .text("/first.xml", "application/xml", sitemap(site.base(), "/story"))
        .text("/second.xml", "application/xml", sitemap(site.base(), "/print/story"))
        .text("/story", "text/html; charset=utf-8", page(canonical, "Version web."))
        .text("/print/story", "text/html; charset=utf-8", page(canonical, "Version imprimable."));

    crawl("/first.xml");
    CrawlSummary second = crawl("/first.xml", "/second.xml");

    assertThat(delivered).extracting(p -> p.url().getPath()).containsExactly("/story");
    assertThat(second.duplicates()).isEqualTo(1);
    assertThat(site.count("/print/story")).isEqualTo(1);
    assertThat(canonicalHost.requests).isEmpty();
  }
}
