package org.vigie.app.demo;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An outlet's RSS 2.0 or Atom feed of its 50 latest articles. Item links point to the replay host
 * (they must be fetchable); GUIDs and Atom ids are the canonical URLs, which never change.
 */
final class FeedWriter {
  static final int ITEMS = 50;

  private FeedWriter() {}

  static String write(DemoOutlet outlet, List<DemoArticle> newestFirst, String baseUrl) {
    List<DemoArticle> items = newestFirst.stream().limit(ITEMS).toList();
    return switch (outlet.feedType()) {
      case RSS -> rss(outlet, items, baseUrl);
      case ATOM -> atom(outlet, items, baseUrl);
    };
  }

  private static String rss(DemoOutlet outlet, List<DemoArticle> items, String baseUrl) {
    StringBuilder x = new StringBuilder();
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
        .append(" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n");
    el(x, "  ", "title", outlet.name());
    el(x, "  ", "link", baseUrl + "/");
    el(x, "  ", "description", outlet.language().equals("fr") ? "Les dernières actualités" : "Latest news");
    el(x, "  ", "language", outlet.language());
    x.append("  <atom:link href=\"").append(Escaping.xml(baseUrl + outlet.feedPath()))
        .append("\" rel=\"self\" type=\"application/rss+xml\"/>\n");
    if (!items.isEmpty()) el(x, "  ", "lastBuildDate", rfc1123(newest(items)));
    for (DemoArticle a : items) {
      x.append("  <item>\n");
      el(x, "    ", "title", a.title());
      el(x, "    ", "link", baseUrl + ArticleUrls.path(outlet, a));
      x.append("    <guid isPermaLink=\"false\">")
          .append(Escaping.xml(ArticleUrls.canonical(outlet, a).toString())).append("</guid>\n");
      el(x, "    ", "pubDate", rfc1123(a.published()));
      el(x, "    ", "description", a.lede());
      for (String author : a.authors()) el(x, "    ", "dc:creator", author);
      el(x, "    ", "category", a.section());
      x.append("  </item>\n");
    }
    return x.append("</channel>\n</rss>\n").toString();
  }

  private static String atom(DemoOutlet outlet, List<DemoArticle> items, String baseUrl) {
    StringBuilder x = new StringBuilder();
    x.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
        .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
        .append(outlet.language()).append("\">\n");
    el(x, "  ", "id", outlet.canonicalBase() + "/");
    el(x, "  ", "title", outlet.name());
    x.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
        .append(Escaping.xml(baseUrl + outlet.feedPath())).append("\"/>\n");
    x.append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
        .append(Escaping.xml(baseUrl + "/")).append("\"/>\n");
    el(x, "  ", "updated", items.isEmpty() ? "1970-01-01T00:00:00Z" : iso(newest(items)));
    for (DemoArticle a : items) {
      x.append("  <entry>\n");
      el(x, "    ", "id", ArticleUrls.canonical(outlet, a).toString());
      el(x, "    ", "title", a.title());
      x.append("    <link rel=\"alternate\" type=\"text/html\" href=\"")
          .append(Escaping.xml(baseUrl + ArticleUrls.path(outlet, a))).append("\"/>\n");
      el(x, "    ", "published", iso(a.published()));
      el(x, "    ", "updated", iso(a.updated()));
      for (String author : a.authors()) {
        x.append("    <author><name>").append(Escaping.xml(author)).append("</name></author>\n");
      }
      x.append("    <category term=\"").append(Escaping.xml(a.section())).append("\"/>\n");
      el(x, "    ", "summary", a.lede());
      x.append("  </entry>\n");
    }
    return x.append("</feed>\n").toString();
  }

  /** The latest modification among the items: the feed's own {@code Last-Modified}. */
  static OffsetDateTime newest(List<DemoArticle> items) {
    return items.stream().map(DemoArticle::updated).max(OffsetDateTime::compareTo).orElseThrow();
  }

  static void el(StringBuilder x, String indent, String name, String text) {
    x.append(indent).append('<').append(name).append('>').append(Escaping.xml(text))
        .append("</").append(name).append(">\n");
  }

  static String rfc1123(OffsetDateTime t) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(t);
  }

  static String iso(OffsetDateTime t) {
    return t.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
