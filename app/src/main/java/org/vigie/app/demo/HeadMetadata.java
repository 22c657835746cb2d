package org.vigie.app.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The machine-readable part of an article's {@code <head>}: description, canonical link,
 * OpenGraph and, for {@link DemoOutlet.Metadata#JSON_LD} outlets, a schema.org
 * {@code NewsArticle}. {@link DemoOutlet.Metadata#VISIBLE_DATE_ONLY} outlets give no
 * machine-readable date at all.
 */
final class HeadMetadata {
  static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
  /** Bylines that name a news agency rather than a person. */
  static final Set<String> AGENCIES =
      Set.of("AFP", "ATS", "Keystone-ATS", "Belga", "Reuters", "PA", "PA Media", "AP", "CP",
          "Associated Press", "The Canadian Press", "La Presse Canadienne", "Bloomberg", "dpa");
  private static final ObjectMapper JSON = new ObjectMapper();

  private HeadMetadata() {}

  static String iso(OffsetDateTime time, DemoOutlet outlet) {
    return time.atZoneSameInstant(outlet.zone()).format(ISO);
  }

  static String render(DemoOutlet outlet, DemoArticle a, String canonical) {
    StringBuilder h = new StringBuilder();
    meta(h, "name", "description", a.lede());
    h.append("  <link rel=\"canonical\" href=\"").append(Escaping.html(canonical)).append("\">\n");
    meta(h, "property", "og:site_name", outlet.name());
    meta(h, "property", "og:title", a.title());
    meta(h, "property", "og:type", "article");
    meta(h, "property", "og:url", canonical);
    if (outlet.metadata() != DemoOutlet.Metadata.VISIBLE_DATE_ONLY) {
      meta(h, "property", "og:description", a.lede());
      if (!outlet.country().equals("EU")) {
        meta(h, "property", "og:locale", outlet.language() + "_" + outlet.country());
      }
      meta(h, "property", "article:published_time", iso(a.published(), outlet));
      meta(h, "property", "article:modified_time", iso(a.updated(), outlet));
      meta(h, "property", "article:section", a.section());
      meta(h, "name", "author", String.join(", ", a.authors()));
    }
    if (outlet.metadata() == DemoOutlet.Metadata.JSON_LD) {
      h.append("  <script type=\"application/ld+json\">")
          .append(Escaping.jsonInScript(jsonLd(outlet, a, canonical)))
          .append("</script>\n");
    }
    return h.toString();
  }

  private static void meta(StringBuilder h, String attribute, String key, String value) {
    h.append("  <meta ").append(attribute).append("=\"").append(key).append("\" content=\"")
        .append(Escaping.html(value)).append("\">\n");
  }

  static String jsonLd(DemoOutlet outlet, DemoArticle a, String canonical) {
    Map<String, Object> ld = new LinkedHashMap<>();
    ld.put("@context", "https://schema.org");
    ld.put("@type", "NewsArticle");
    // LinkedHashMap throughout: Map.of iterates in a per-JVM random order, which would change
    // the page bytes, hence the ETag, at every restart of the replay sites
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("@type", "WebPage");
    page.put("@id", canonical);
    ld.put("mainEntityOfPage", page);
    ld.put("headline", a.title());
    ld.put("description", a.lede());
    ld.put("datePublished", iso(a.published(), outlet));
    ld.put("dateModified", iso(a.updated(), outlet));
    List<Map<String, String>> authors =
        a.authors().stream()
            .map(
                n -> {
                  Map<String, String> author = new LinkedHashMap<>();
                  author.put("@type", AGENCIES.contains(n) ? "Organization" : "Person");
                  author.put("name", n);
                  return author;
                })
            .toList();
    ld.put("author", authors);
    Map<String, Object> publisher = new LinkedHashMap<>();
    publisher.put("@type", "NewsMediaOrganization");
    publisher.put("name", outlet.name());
    publisher.put("url", outlet.canonicalBase().toString());
    ld.put("publisher", publisher);
    ld.put("articleSection", a.section());
    ld.put("inLanguage", a.lang());
    ld.put("isAccessibleForFree", true);
    try {
      return JSON.writeValueAsString(ld);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON-LD for " + a.resource(), e);
    }
  }
}
