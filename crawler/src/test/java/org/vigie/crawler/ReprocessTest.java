package org.vigie.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.FetchedPage;
import org.vigie.core.Source;

/** Reprocessing reads the WARC archive, never the network. */
class ReprocessTest {

  @TempDir Path dataDir;
  private final LoopbackSite site = new LoopbackSite();
  private final List<FetchedPage> crawled = new CopyOnWriteArrayList<>();
  private final List<FetchedPage> replayed = new CopyOnWriteArrayList<>();

  @AfterEach
  void stop() {
    site.close();
  }

  private Source serveSite(int pages) {
    StringBuilder sitemap = new StringBuilder("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (int i = 0; i < pages; i++) {
      sitemap.append("<url><loc>").append(site.base()).append("/a/").append(i).append("?utm_source=rss</loc></url>");
      site.text("/a/" + i, "text/html; charset=ISO-8859-1", "<html><head><title>${title}</title></head><body><p>Été "
          + "numéro " + i + "</p></body></html>");
    }
    site.text("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n")
        .text("/sitemap.xml", "application/xml", sitemap.append("</urlset>").toString());
    return new Source("outlet", null, List.of("fr"), "FR", List.of(), List.of(site.uri("/sitemap.xml")), List.of(),
        null, null, true);
  }

  @Test
  void replays_every_archived_article_as_it_was_delivered_without_a_single_request() {
    Source source = serveSite(5);
    try (Crawler crawler = new Crawler(CrawlerTest.config(Duration.ofMillis(5)), dataDir)) {
      crawler.crawlOnce(List.of(source), crawled::add, CrawlProgress.NONE);
    }
    int requestsAfterCrawl = site.requests.size();

    ReprocessSummary summary;
    try (Crawler crawler = new Crawler(CrawlerTest.config(Duration.ofMillis(5)), dataDir)) {
      summary = crawler.reprocess(null, replayed::add, ReprocessProgress.NONE);
    }

    assertThat(site.requests).hasSize(requestsAfterCrawl);
    assertThat(summary.archived()).isEqualTo(5);
    assertThat(summary.delivered()).isEqualTo(5);
    assertThat(summary.damaged()).isZero();
    assertThat(sorted(replayed)).hasSize(5);
    List<FetchedPage> before = sorted(crawled);
    List<FetchedPage> after = sorted(replayed);
    for (int i = 0; i < 5; i++) {
      assertThat(after.get(i).url()).isEqualTo(before.get(i).url());
      assertThat(after.get(i).requestedUrl()).isEqualTo(before.get(i).requestedUrl());
      assertThat(after.get(i).body()).isEqualTo(before.get(i).body());
      assertThat(after.get(i).charset()).isEqualTo(before.get(i).charset());
      assertThat(after.get(i).text()).contains("Été numéro");
      assertThat(after.get(i).warc()).isEqualTo(before.get(i).warc());
    }
  }

  @Test
  void a_damaged_record_is_logged_and_skipped_and_the_others_are_replayed() throws IOException {
    Source source = serveSite(4);
    try (Crawler crawler = new Crawler(CrawlerTest.config(Duration.ofMillis(5)), dataDir)) {
      crawler.crawlOnce(List.of(source), crawled::add, CrawlProgress.NONE);
    }
    FetchedPage victim = sorted(crawled).get(1);
    // Garble the gzip member of one response record, a few bytes past its start.
    try (FileChannel ch = FileChannel.open(dataDir.resolve("warc").resolve(victim.warc().file()), StandardOpenOption.WRITE)) {
      ch.write(ByteBuffer.wrap(new byte[] {0x13, 0x37, 0x13, 0x37, 0x13, 0x37, 0x13, 0x37}), victim.warc().offset() + 12);
    }

    ReprocessSummary summary;
    try (Crawler crawler = new Crawler(CrawlerTest.config(Duration.ofMillis(5)), dataDir)) {
      summary = crawler.reprocess(null, replayed::add, ReprocessProgress.NONE);
    }

    assertThat(summary.damaged()).isEqualTo(1);
    assertThat(summary.delivered()).isEqualTo(3);
    assertThat(replayed).extracting(FetchedPage::url).doesNotContain(victim.url()).hasSize(3);
  }

  @Test
  void since_limits_the_replay_to_responses_fetched_from_that_instant() {
    Source source = serveSite(3);
    try (Crawler crawler = new Crawler(CrawlerTest.config(Duration.ofMillis(5)), dataDir)) {
      crawler.crawlOnce(List.of(source), crawled::add, CrawlProgress.NONE);
      assertThat(crawler.reprocess(Instant.now().plusSeconds(60), replayed::add, ReprocessProgress.NONE).archived())
          .isZero();
      assertThat(crawler.reprocess(Instant.now().minusSeconds(600), replayed::add, ReprocessProgress.NONE).delivered())
          .isEqualTo(3);
    }
  }

  private static List<FetchedPage> sorted(List<FetchedPage> pages) {
    return pages.stream().sorted(Comparator.comparing(p -> p.url().toString())).toList();
  }
}
