package org.vigie.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.slf4j.LoggerFactory;
import org.vigie.core.FetchedPage;
import org.vigie.core.Source;
import org.vigie.core.config.CrawlerConfig;

class CrawlerTest {

  @TempDir Path dataDir;
  private LoopbackSite site;
  private final List<FetchedPage> delivered = new CopyOnWriteArrayList<>();
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();

  @BeforeEach
  void start() {
    site = new LoopbackSite();
    logs.start();
    ((Logger) LoggerFactory.getLogger(FetchRecorder.class)).addAppender(logs);
  }

  @AfterEach
  void stop() {
    site.close();
    ((Logger) LoggerFactory.getLogger(FetchRecorder.class)).detachAppender(logs);
  }

  static CrawlerConfig config(Duration minDelay) {
    return new CrawlerConfig("VigieTest/1.0 (+tests)", minDelay, 8, 1_000_000, Duration.ofSeconds(2),
        Duration.ofMillis(800), Duration.ofSeconds(2), 5, 0, false);
  }

  private Source source(boolean allowPrivate, List<String> feeds, List<String> sitemaps) {
    return new Source("quotidien", "Le Quotidien", List.of("fr"), "FR",
        feeds.stream().map(site::uri).toList(), sitemaps.stream().map(site::uri).toList(), List.of(),
        Duration.ofMinutes(15), null, allowPrivate);
  }

  private void serveStandardSite() {
    site.fixture("/robots.txt", "text/plain", "robots-disallows-private-directory.txt")
        .fixture("/feed.rss", "application/rss+xml; charset=utf-8", "rss2-feed-three-articles.xml")
        .fixture("/feed.atom", "application/atom+xml", "atom-feed-two-articles.xml")
        .fixture("/news-sitemap.xml", "application/xml", "news-sitemap-two-articles.xml");
    for (String p : List.of("/articles/cnil-deepfakes.html", "/articles/arcom-plateformes.html",
        "/news/ofcom-investigation", "/news/eu-information-request", "/news/grok-images-schools",
        "/private/draft.html", "/images/cnil.jpg", "/video/briefing.mp4")) {
      site.fixture(p, "text/html; charset=utf-8", "article-plain.html");
    }
  }

  private CrawlSummary crawl(CrawlerConfig config, Source source) {
    try (Crawler crawler = new Crawler(config, dataDir)) {
      return crawler.crawlOnce(List.of(source), delivered::add, CrawlProgress.NONE);
    }
  }

  private List<String> deliveredPaths() {
    return delivered.stream().map(p -> p.url().getPath()).sorted().toList();
  }

  @Test
  void discovers_articles_through_rss_atom_and_news_sitemap_and_delivers_them_archived() throws Exception {
    serveStandardSite();
    CrawlSummary summary = crawl(config(Duration.ofMillis(20)),
        source(true, List.of("/feed.rss", "/feed.atom"), List.of("/news-sitemap.xml")));

    assertThat(deliveredPaths()).containsExactly(
        "/articles/arcom-plateformes.html", "/articles/cnil-deepfakes.html", "/news/eu-information-request",
        "/news/grok-images-schools", "/news/ofcom-investigation");
    assertThat(summary.fetched()).isEqualTo(5);
    assertThat(summary.fetchedPerSource()).containsEntry("quotidien", 5L);
    assertThat(summary.discovered()).isEqualTo(6); // five articles and the robots-blocked draft
    // tracking parameters and fragments are gone before fetching
    assertThat(site.requests).noneMatch(r -> r.path().contains("utm_"));
    assertThat(delivered).allSatisfy(p -> {
      assertThat(p.warc()).isNotNull();
      assertThat(p.text()).contains("« déjà », l’été");
      assertThat(p.sourceId()).isEqualTo("quotidien");
    });
    FetchedPage one = delivered.get(0);
    try (WarcReader reader = new WarcReader(dataDir.resolve("warc").resolve(one.warc().file()))) {
      reader.position(one.warc().offset());
      WarcRecord record = reader.next().orElseThrow();
      assertThat(record).isInstanceOf(WarcResponse.class);
      assertThat(((WarcResponse) record).target()).isEqualTo(one.url().toString());
      assertThat(new String(((WarcResponse) record).http().body().stream().readAllBytes(), StandardCharsets.UTF_8))
          .contains("Un article de test");
    }
  }

  @Test
  void never_fetches_media_urls_even_when_a_feed_lists_them() {
    serveStandardSite();
    crawl(config(Duration.ofMillis(20)), source(true, List.of("/feed.rss", "/feed.atom"), List.of()));
    assertThat(site.count("/images/cnil.jpg")).isZero();
    assertThat(site.count("/video/briefing.mp4")).isZero();
  }

  @Test
  void obeys_robots_txt_and_asks_for_it_once_per_host() {
    serveStandardSite();
    crawl(config(Duration.ofMillis(20)), source(true, List.of("/feed.rss"), List.of()));
    assertThat(site.count("/private/draft.html")).isZero();
    assertThat(site.count("/robots.txt")).isEqualTo(1);
    assertThat(site.requests.get(0).path()).isEqualTo("/robots.txt");
    assertThat(site.requests).allSatisfy(r -> assertThat(r.userAgent()).startsWith("VigieTest/1.0"));
  }

  @Test
  void spaces_requests_to_one_host_by_at_least_the_minimum_delay() {
    serveStandardSite();
    Duration delay = Duration.ofMillis(250);
    crawl(config(delay), source(true, List.of("/feed.rss", "/feed.atom"), List.of("/news-sitemap.xml")));
    List<LoopbackSite.Request> reqs = site.requests;
    assertThat(reqs).hasSizeGreaterThan(6);
    for (int i = 1; i < reqs.size(); i++) {
      long gap = reqs.get(i).nanos() - reqs.get(i - 1).nanos();
      assertThat(gap).as("gap before %s", reqs.get(i).path()).isGreaterThanOrEqualTo(delay.toNanos());
    }
  }

  @Test
  void honours_crawl_delay_from_robots_txt() {
    site.text("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 1\n")
        .fixture("/feed.atom", "application/atom+xml", "atom-feed-two-articles.xml");
    site.fixture("/news/ofcom-investigation", "text/html", "article-plain.html")
        .fixture("/news/eu-information-request", "text/html", "article-plain.html");
    crawl(config(Duration.ofMillis(10)), source(true, List.of("/feed.atom"), List.of()));
    List<LoopbackSite.Request> reqs = site.requests;
    assertThat(reqs).hasSize(4);
    // robots.txt itself is fetched before the delay is known; every later request waits 1 s
    for (int i = 2; i < reqs.size(); i++)
      assertThat(reqs.get(i).nanos() - reqs.get(i - 1).nanos()).isGreaterThanOrEqualTo(1_000_000_000L);
  }

  @Test
  void second_run_uses_conditional_get_and_delivers_nothing_unchanged() {
    serveStandardSite();
    Source source = source(true, List.of("/feed.rss", "/feed.atom"), List.of("/news-sitemap.xml"));
    crawl(config(Duration.ofMillis(10)), source);
    assertThat(delivered).hasSize(5);
    int firstRunRequests = site.requests.size();

    delivered.clear();
    CrawlSummary second = crawl(config(Duration.ofMillis(10)), source);

    assertThat(delivered).isEmpty();
    assertThat(second.fetched()).isZero();
    assertThat(second.discovered()).isZero();
    List<LoopbackSite.Request> secondRun = site.requests.subList(firstRunRequests, site.requests.size());
    assertThat(secondRun).extracting(LoopbackSite.Request::path)
        .containsExactlyInAnyOrder("/robots.txt", "/feed.rss", "/feed.atom", "/news-sitemap.xml");
    assertThat(secondRun).filteredOn(r -> r.path().startsWith("/feed") || r.path().startsWith("/news-"))
        .allSatisfy(r -> assertThat(r.ifNoneMatch()).isNotNull());
  }

  @Test
  void an_article_announced_as_changed_is_fetched_conditionally_and_a_304_is_not_redelivered() {
    serveStandardSite();
    Source source = source(true, List.of(), List.of("/news-sitemap.xml"));
    crawl(config(Duration.ofMillis(10)), source);
    assertThat(delivered).hasSize(2);
    // the sitemap now says one article changed after our fetch; the article itself did not
    site.text("/news-sitemap.xml", "application/xml", LoopbackSite.read("news-sitemap-two-articles.xml")
        .replace("2026-01-13T07:00:00Z", java.time.Instant.now().plusSeconds(3600).toString()));
    delivered.clear();
    CrawlSummary second = crawl(config(Duration.ofMillis(10)), source);

    assertThat(second.discovered()).isEqualTo(1);
    assertThat(second.notModified()).isEqualTo(1);
    assertThat(delivered).isEmpty();
    LoopbackSite.Request last = site.requests.get(site.requests.size() - 1);
    assertThat(last.path()).isEqualTo("/news/grok-images-schools");
    assertThat(last.ifNoneMatch()).isNotNull();
  }

  @Test
  void a_500_page_and_a_page_that_hangs_are_logged_with_their_reason_and_skipped() {
    site.text("/robots.txt", "text/plain", "")
        .text("/feed.rss", "application/rss+xml", """
            <rss version="2.0"><channel><title>t</title>
            <item><link>${base}/broken</link></item>
            <item><link>${base}/hangs</link></item>
            <item><link>${base}/fine</link></item>
            </channel></rss>""")
        .fixture("/fine", "text/html", "article-plain.html")
        .route("/broken", ex -> LoopbackSite.send(ex, 500, "boom".getBytes(StandardCharsets.UTF_8)))
        .route("/hangs", ex -> {
          try {
            Thread.sleep(5_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    CrawlSummary summary = crawl(config(Duration.ofMillis(10)), source(true, List.of("/feed.rss"), List.of()));

    assertThat(deliveredPaths()).containsExactly("/fine");
    assertThat(summary.failed()).isEqualTo(2);
    List<String> warnings = logs.list.stream().filter(e -> e.getLevel() == Level.WARN)
        .map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(warnings).anySatisfy(w -> assertThat(w).contains(site.base() + "/broken").contains("HTTP 500"));
    assertThat(warnings).anySatisfy(w -> assertThat(w).contains(site.base() + "/hangs").contains("TIMEOUT"));
  }

  @Test
  void refuses_loopback_addresses_unless_the_source_or_the_config_allows_them() {
    serveStandardSite();
    CrawlSummary summary = crawl(config(Duration.ofMillis(10)), source(false, List.of("/feed.rss"), List.of()));
    assertThat(site.requests).isEmpty();
    assertThat(summary.fetched()).isZero();
    assertThat(logs.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).contains("PRIVATE_ADDRESS"));
  }

  @Test
  void writes_gzip_warc_files_under_the_data_directory() throws Exception {
    serveStandardSite();
    crawl(config(Duration.ofMillis(10)), source(true, List.of("/feed.atom"), List.of()));
    try (Stream<Path> files = Files.list(dataDir.resolve("warc"))) {
      List<Path> warcs = files.toList();
      assertThat(warcs).isNotEmpty().allSatisfy(p -> assertThat(p.toString()).endsWith(".warc.gz"));
      long responses;
      try (WarcReader reader = new WarcReader(warcs.get(0))) {
        List<String> targets = new java.util.ArrayList<>();
        for (WarcRecord r : reader) if (r instanceof WarcResponse resp) targets.add(resp.target());
        responses = targets.size();
        assertThat(targets).contains(site.base() + "/robots.txt", site.base() + "/feed.atom");
      }
      assertThat(responses).isEqualTo(4); // robots.txt, the feed, two articles
    }
    assertThat(URI.create(site.base()).getHost()).isEqualTo("127.0.0.1");
  }
}
