package org.vigie.app.demo;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An outlet's sitemap files, keyed by path: a plain {@code urlset}, an index pointing to one
 * {@code urlset} per publication year, or a Google News sitemap. The news sitemap lists every
 * article, not only the last two days' as Google asks, because a replayed corpus is all "old".
 */
final class SitemapWriter {
  private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
  private static final DateTimeFormatter W3C = HeadMetadata.ISO;

  private SitemapWriter() {}

  /** The sitemap files with their newest {@code lastmod}, for {@code Last-Modified}. */
  record SitemapFile(String xml, OffsetDateTime lastModified) {}

  static Map<String, SitemapFile> write(DemoOutlet outlet, List<DemoArticle> all, String baseUrl) {
    Map<String, SitemapFile> files = new LinkedHashMap<>();
    switch (outlet.sitemapType()) {
      case SITEMAP -> files.put(outlet.sitemapPath(), urlset(outlet, all, baseUrl));
      case NEWS -> files.put(outlet.sitemapPath(), news(outlet, all, baseUrl));
      case INDEX -> {
        Map<Integer, List<DemoArticle>> byYear = new TreeMap<>();
        for (DemoArticle a : all) {
          int year = a.published().atZoneSameInstant(outlet.zone()).getYear();
          byYear.computeIfAbsent(year, y -> new java.util.ArrayList<>()).add(a);
        }
        StringBuilder x = new StringBuilder(header()).append("<sitemapindex xmlns=\"" + NS + "\">\n");
        byYear.forEach(
            (year, list) -> {
              String path = childPath(outlet, year);
              SitemapFile child = urlset(outlet, list, baseUrl);
              files.put(path, child);
              x.append("  <sitemap>\n    <loc>").append(Escaping.xml(baseUrl + path))
                  .append("</loc>\n    <lastmod>").append(child.lastModified().format(W3C))
                  .append("</lastmod>\n  </sitemap>\n");
            });
        x.append("</sitemapindex>\n");
        files.put(outlet.sitemapPath(), new SitemapFile(x.toString(), newest(all)));
      }
    }
    return files;
  }

  /** {@code /sitemap_index.xml} → {@code /sitemaps/sitemap-2025.xml}. */
  static String childPath(DemoOutlet outlet, int year) {
    return "/sitemaps/" + outlet.id() + "-" + year + ".xml";
  }

  private static SitemapFile urlset(DemoOutlet outlet, List<DemoArticle> list, String baseUrl) {
    StringBuilder x = new StringBuilder(header()).append("<urlset xmlns=\"" + NS + "\">\n");
    for (DemoArticle a : list) {
      x.append("  <url>\n    <loc>").append(Escaping.xml(baseUrl + ArticleUrls.path(outlet, a)))
          .append("</loc>\n    <lastmod>").append(HeadMetadata.iso(a.updated(), outlet))
          .append("</lastmod>\n  </url>\n");
    }
    return new SitemapFile(x.append("</urlset>\n").toString(), newest(list));
  }

  private static SitemapFile news(DemoOutlet outlet, List<DemoArticle> list, String baseUrl) {
    StringBuilder x = new StringBuilder(header())
        .append("<urlset xmlns=\"" + NS + "\" xmlns:news=\"" + NEWS_NS + "\">\n");
    for (DemoArticle a : list) {
      x.append("  <url>\n    <loc>").append(Escaping.xml(baseUrl + ArticleUrls.path(outlet, a)))
          .append("</loc>\n    <news:news>\n      <news:publication>\n")
          .append("        <news:name>").append(Escaping.xml(outlet.name())).append("</news:name>\n")
          .append("        <news:language>").append(a.lang()).append("</news:language>\n")
          .append("      </news:publication>\n")
          .append("      <news:publication_date>").append(HeadMetadata.iso(a.published(), outlet))
          .append("</news:publication_date>\n")
          .append("      <news:title>").append(Escaping.xml(a.title())).append("</news:title>\n")
          .append("    </news:news>\n  </url>\n");
    }
    return new SitemapFile(x.append("</urlset>\n").toString(), newest(list));
  }

  private static OffsetDateTime newest(List<DemoArticle> list) {
    return list.isEmpty() ? OffsetDateTime.parse("2020-01-01T00:00:00Z") : FeedWriter.newest(list);
  }

  private static String header() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  }
}
