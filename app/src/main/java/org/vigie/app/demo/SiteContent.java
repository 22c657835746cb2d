package org.vigie.app.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every response body of one outlet's site, rendered once when the site starts: serving is then a
 * map lookup, and a page's bytes, and so its ETag, are the same on every request.
 */
final class SiteContent {
  /**
   * One servable file. {@code body} is never modified after construction.
   *
   * @param lastModified whole seconds, as HTTP dates carry no fraction
   */
  record Resource(byte[] body, String contentType, Instant lastModified, String etag) {
    static Resource of(String text, String contentType, OffsetDateTime lastModified) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      return new Resource(
          bytes, contentType, lastModified.toInstant().truncatedTo(ChronoUnit.SECONDS), SiteContent.etag(bytes));
    }
  }

  static final String HTML = "text/html; charset=utf-8";
  static final String XML = "application/xml; charset=utf-8";

  private final Map<String, Resource> byPath;
  private final SitePages pages;

  private SiteContent(Map<String, Resource> byPath, SitePages pages) {
    this.byPath = Map.copyOf(byPath);
    this.pages = pages;
  }

  /**
   * @param baseUrl e.g. {@code http://127.0.0.1:40123}: feeds, sitemaps and robots.txt need
   *     absolute fetchable URLs, so they are rendered once the port is known
   */
  static SiteContent render(DemoOutlet outlet, List<DemoArticle> newestFirst, String baseUrl) {
    SitePages pages = new SitePages(outlet, newestFirst);
    Map<String, Resource> map = new HashMap<>();
    OffsetDateTime siteModified =
        newestFirst.isEmpty() ? OffsetDateTime.parse("2020-01-01T00:00:00Z") : FeedWriter.newest(newestFirst);
    for (DemoArticle a : newestFirst) {
      Resource previous = map.put(ArticleUrls.path(outlet, a), Resource.of(pages.article(a), HTML, a.updated()));
      if (previous != null) {
        throw new DemoCorpusException(a.resource() + ": its URL " + ArticleUrls.path(outlet, a)
            + " is already used by another article of " + outlet.id());
      }
    }
    for (DemoOutlet.Section s : outlet.sections()) {
      List<DemoArticle> in = newestFirst.stream().filter(a -> a.section().equals(s.name())).toList();
      OffsetDateTime modified = in.isEmpty() ? siteModified : FeedWriter.newest(in);
      map.put(s.indexPath(), Resource.of(pages.section(s), HTML, modified));
    }
    map.put("/", Resource.of(pages.home(), HTML, siteModified));
    String feedType =
        switch (outlet.feedType()) {
          case RSS -> "application/rss+xml; charset=utf-8";
          case ATOM -> "application/atom+xml; charset=utf-8";
        };
    map.put(outlet.feedPath(), Resource.of(FeedWriter.write(outlet, newestFirst, baseUrl), feedType, siteModified));
    SitemapWriter.write(outlet, newestFirst, baseUrl)
        .forEach((path, file) -> map.put(path, Resource.of(file.xml(), XML, file.lastModified())));
    map.put(
        "/robots.txt",
        Resource.of(
            RobotsTxt.write(outlet, baseUrl, List.of(outlet.sitemapPath())),
            "text/plain; charset=utf-8",
            OffsetDateTime.parse("2025-01-01T00:00:00Z")));
    return new SiteContent(map, pages);
  }

  Optional<Resource> find(String path) {
    return Optional.ofNullable(byPath.get(path));
  }

  byte[] notFoundPage(String path) {
    return pages.notFound(path).getBytes(StandardCharsets.UTF_8);
  }

  /** A strong validator: the same bytes always give the same tag. */
  static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
