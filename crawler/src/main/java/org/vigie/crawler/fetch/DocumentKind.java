package org.vigie.crawler.fetch;

import java.util.Set;

/**
 * What a request is for. The kind decides which content types are accepted: Vigie is text-only
 * by design, so images, video, audio and other media are refused whatever the kind.
 */
public enum DocumentKind {
  ARTICLE(Set.of("text/html", "application/xhtml+xml")),
  SECTION(Set.of("text/html", "application/xhtml+xml")),
  FEED(
      Set.of(
          "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
          "text/xml", "application/x-rss+xml", "text/rss+xml", "text/plain", "text/html",
          "application/octet-stream")),
  SITEMAP(
      Set.of(
          "application/xml", "text/xml", "application/gzip", "application/x-gzip",
          "application/octet-stream", "text/plain", "application/x-xml")),
  ROBOTS(Set.of("text/plain", "application/octet-stream", "text/html"));

  private final Set<String> contentTypes;

  DocumentKind(Set<String> contentTypes) {
    this.contentTypes = contentTypes;
  }

  /**
   * Whether a response's media type (lower case, without parameters) is acceptable. A missing type
   * is accepted for everything but articles: feeds and sitemaps are often served without one, and
   * their parsers reject what is not XML.
   */
  public boolean accepts(String mediaType) {
    if (mediaType == null || mediaType.isEmpty()) return this != ARTICLE;
    return contentTypes.contains(mediaType);
  }

  /** The {@code Accept} header: text types only, never media. */
  public String acceptHeader() {
    return switch (this) {
      case ARTICLE, SECTION -> "text/html,application/xhtml+xml;q=0.9";
      case FEED ->
          "application/rss+xml,application/atom+xml,application/rdf+xml;q=0.9,application/xml;q=0.8,text/xml;q=0.8";
      case SITEMAP -> "application/xml,text/xml;q=0.9,application/gzip;q=0.5";
      case ROBOTS -> "text/plain";
    };
  }
}
