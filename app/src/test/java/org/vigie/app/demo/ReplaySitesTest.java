package org.vigie.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.Source;

/** The shipped corpus served over real HTTP on loopback. */
class ReplaySitesTest {
  private static ReplaySites sites;

  @BeforeAll
  static void start() {
    sites = ReplaySites.start();
  }

  @AfterAll
  static void stop() {
    sites.close();
  }

  @Test
  void every_article_is_reachable_from_its_outlets_feed_or_sitemap() {
    for (Source source : sites.sources()) {
      Set<String> discovered = new HashSet<>();
      discovered.addAll(feedLinks(source.feeds().getFirst()));
      discovered.addAll(sitemapLocs(source.sitemaps().getFirst()));
      List<DemoArticle> articles = sites.corpus().articles(source.id());
      for (DemoArticle a : articles) {
        assertThat(discovered).as(a.resource()).contains(sites.articleUrl(a).toString());
      }
      for (String url : discovered) {
        assertThat(Http.get(URI.create(url)).statusCode()).as(url).isEqualTo(200);
      }
    }
  }

  @Test
  void robots_txt_disallows_something_but_no_article_feed_or_sitemap() {
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    for (Source source : sites.sources()) {
      URI robots = sites.baseUrl(source.id()).resolve("/robots.txt");
      HttpResponse<String> r = Http.get(robots);
      assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
      assertThat(r.body()).contains("Disallow: /").contains("Sitemap: " + source.sitemaps().getFirst());
      BaseRobotRules rules =
          parser.parseContent(robots.toString(), r.body().getBytes(StandardCharsets.UTF_8),
              "text/plain", List.of("vigie"));
      DemoOutlet outlet = sites.corpus().outlet(source.id());
      String firstDisallowed = outlet.robots().getFirst().disallow().getFirst().replace("*", "x");
      assertThat(rules.isAllowed(sites.baseUrl(source.id()) + firstDisallowed)).as(firstDisallowed).isFalse();
      assertThat(rules.isAllowed(source.feeds().getFirst().toString())).isTrue();
      assertThat(rules.isAllowed(source.sitemaps().getFirst().toString())).isTrue();
      for (DemoArticle a : sites.corpus().articles(source.id())) {
        assertThat(rules.isAllowed(sites.articleUrl(a).toString())).as(a.resource()).isTrue();
      }
    }
    assertThat(Http.get(sites.baseUrl("albion-courier").resolve("/robots.txt")).body())
        .contains("Crawl-delay: 1");
  }

  @Test
  void conditional_get_with_the_etag_or_the_date_answers_304() {
    DemoArticle a = sites.corpus().articles("leveilleur").getFirst();
    URI url = sites.articleUrl(a);
    HttpResponse<String> first = Http.get(url);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
    assertThat(etag).matches("\"[A-Za-z0-9_-]+\"");
    assertThat(Http.get(url).headers().firstValue("ETag")).hasValue(etag);

    HttpResponse<String> byTag = Http.get(url, "If-None-Match", etag);
    assertThat(byTag.statusCode()).isEqualTo(304);
    assertThat(byTag.body()).isEmpty();
    assertThat(byTag.headers().firstValue("ETag")).hasValue(etag);
    assertThat(Http.get(url, "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);
    assertThat(Http.get(url, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
    assertThat(Http.get(url, "If-Modified-Since", "Thu, 01 Jan 2015 00:00:00 GMT").statusCode()).isEqualTo(200);

    URI feed = sites.sources().getFirst().feeds().getFirst();
    String feedTag = Http.get(feed).headers().firstValue("ETag").orElseThrow();
    assertThat(Http.get(feed, "If-None-Match", feedTag).statusCode()).isEqualTo(304);
  }

  @Test
  void head_gives_the_headers_of_get_without_a_body() {
    DemoArticle a = sites.corpus().articles("potomac-ledger").getFirst();
    HttpResponse<String> get = Http.get(sites.articleUrl(a));
    HttpResponse<String> head = Http.head(sites.articleUrl(a));
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
    assertThat(head.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(head.headers().firstValueAsLong("Content-Length"))
        .hasValue(get.body().getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void pages_carry_canonical_links_on_the_example_domain_and_the_outlets_metadata() {
    for (DemoOutlet outlet : sites.corpus().outlets()) {
      for (DemoArticle a : sites.corpus().articles(outlet.id())) {
        Document page = Jsoup.parse(Http.get(sites.articleUrl(a)).body());
        String canonical = page.select("link[rel=canonical]").attr("href");
        assertThat(canonical).as(a.resource())
            .startsWith("https://www." + outlet.id() + ".example/")
            .isEqualTo(sites.canonicalUrl(a).toString());
        assertThat(page.select("html").attr("lang")).startsWith(a.lang());
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(a.title());
        assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.select("h1").text()).isEqualTo(a.title());
        assertThat(page.text()).contains(outlet.dateStyle().published(a.published(), outlet.zone()));
        assertThat(page.select("img[src^=http]")).as("no image from anywhere real").isEmpty();
        boolean jsonLd = !page.select("script[type=application/ld+json]").isEmpty();
        boolean published = !page.select("meta[property=article:published_time]").isEmpty();
        switch (outlet.metadata()) {
          case JSON_LD -> assertThat(jsonLd && published).as(a.resource()).isTrue();
          case MICRODATA -> assertThat(page.select("[itemprop=datePublished]")).isNotEmpty();
          case VISIBLE_DATE_ONLY -> {
            assertThat(jsonLd || published).as(a.resource()).isFalse();
            assertThat(page.select("time[datetime]")).isEmpty();
          }
        }
      }
    }
  }

  @Test
  void section_pages_list_their_articles_with_links_the_sources_pattern_accepts() {
    for (Source source : sites.sources()) {
      List<String> listed = new ArrayList<>();
      for (Source.SectionPage section : source.sectionPages()) {
        HttpResponse<String> r = Http.get(section.url());
        assertThat(r.statusCode()).as(section.url().toString()).isEqualTo(200);
        Document page = Jsoup.parse(r.body(), section.url().toString());
        page.select("main a[href]").forEach(link -> listed.add(link.absUrl("href")));
      }
      Pattern pattern = Pattern.compile(source.sectionPages().getFirst().linkPattern());
      for (DemoArticle a : sites.corpus().articles(source.id())) {
        String url = sites.articleUrl(a).toString();
        assertThat(listed).as(a.resource()).contains(url);
        assertThat(pattern.matcher(url).matches()).as(url + " ~ " + pattern).isTrue();
      }
      assertThat(pattern.matcher(source.feeds().getFirst().toString()).matches()).isFalse();
    }
  }

  @Test
  void sources_point_to_loopback_and_allow_private_network() {
    assertThat(sites.sources()).hasSize(8).allSatisfy(s -> {
      assertThat(s.allowPrivateNetwork()).isTrue();
      assertThat(s.feeds()).singleElement().satisfies(u -> assertThat(u.getHost()).isEqualTo("127.0.0.1"));
      assertThat(s.sitemaps()).singleElement().satisfies(u -> assertThat(u.getHost()).isEqualTo("127.0.0.1"));
      assertThat(s.languages()).containsExactly(sites.corpus().outlet(s.id()).language());
    });
    assertThat(sites.sources()).extracting(Source::country).contains("FR", "CH", "BE", "CA", "GB", "IE", "US", "EU");
  }

  @Test
  void unknown_paths_get_a_404_page_and_slash_variants_a_redirect() {
    URI base = sites.baseUrl("le-fleuve");
    HttpResponse<String> missing = Http.get(base.resolve("/nulle-part/rien.html"));
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(missing.body()).contains("<html");
    HttpResponse<String> noSlash = Http.get(base.resolve("/international"));
    assertThat(noSlash.statusCode()).isEqualTo(301);
    assertThat(noSlash.headers().firstValue("Location")).hasValue("/international/");
  }

  @Test
  void every_request_is_logged_with_status_and_user_agent() {
    URI url = sites.baseUrl("liffey-times").resolve("/robots.txt?probe=log");
    Http.get(url);
    assertThat(sites.requestLog().entries())
        .anySatisfy(e -> {
          assertThat(e.outletId()).isEqualTo("liffey-times");
          assertThat(e.target()).isEqualTo("/robots.txt?probe=log");
          assertThat(e.method()).isEqualTo("GET");
          assertThat(e.status()).isEqualTo(200);
          assertThat(e.userAgent()).isEqualTo("VigieTest/1.0");
          assertThat(e.hostPort()).isEqualTo("127.0.0.1:" + url.getPort());
        });
  }

  private static List<String> feedLinks(URI feed) {
    HttpResponse<String> r = Http.get(feed);
    assertThat(r.statusCode()).as(feed.toString()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).matches("application/(rss|atom)\\+xml; charset=utf-8");
    var doc = Http.xml(r.body());
    List<String> links = new ArrayList<>(Http.atomLinks(doc));
    if (doc.getDocumentElement().getTagName().equals("rss")) {
      var items = doc.getElementsByTagName("item");
      for (int i = 0; i < items.getLength(); i++) {
        var item = (org.w3c.dom.Element) items.item(i);
        links.add(item.getElementsByTagName("link").item(0).getTextContent());
      }
    }
    return links;
  }

  private static List<String> sitemapLocs(URI sitemap) {
    HttpResponse<String> r = Http.get(sitemap);
    assertThat(r.statusCode()).as(sitemap.toString()).isEqualTo(200);
    var doc = Http.xml(r.body());
    List<String> locs = Http.texts(doc, "loc");
    if (!doc.getDocumentElement().getLocalName().equals("sitemapindex")) return locs;
    assertThat(locs).as("children of " + sitemap).isNotEmpty();
    List<String> all = new ArrayList<>();
    locs.forEach(child -> all.addAll(sitemapLocs(URI.create(child))));
    return all;
  }
}
