package org.vigie.crawler.extract;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Reads title, standfirst, bylines, dates, section, canonical URL and language from the markup,
 * trusting structured data first (JSON-LD, then OpenGraph and {@code <meta>}, then microdata and
 * {@code <time>}) and the visible text last.
 */
final class MetadataReader {
  private static final List<String> PUBLISHED_METAS =
      List.of(
          "article:published_time", "og:article:published_time", "og:published_time",
          "datepublished", "article.published", "published_time", "publishdate", "publish-date",
          "pubdate", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date",
          "sailthru.date", "parsely-pub-date", "date", "publication_date", "release_date",
          "cxenseparse:recs:publishtime", "originalpublicationdate");
  private static final List<String> UPDATED_METAS =
      List.of(
          "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
          "last-modified", "lastmod", "article.updated", "modified_time");
  private static final List<String> SECTION_METAS =
      List.of("article:section", "section", "parsely-section", "category", "article.section");

  private MetadataReader() {}

  /** @param sourceCountry the outlet's configured country, for times printed without a zone */
  static PageMetadata read(PageSignals s, URI url, Instant fetchedAt, String sourceCountry) {
    JsonLdArticle ld = JsonLdReader.read(s.jsonLd);
    String language = language(s, ld);
    ZoneGuess guess = ZoneGuess.of(language, url, sourceCountry);
    DatePhraseParser phrases = new DatePhraseParser(guess.zone(), guess.monthFirst());
    DateValueParser values = new DateValueParser(guess.zone(), phrases);

    String title = HeadlineVote.choose(s, ld, siteName(s));

    OffsetDateTime published = firstDate(values, ld.datePublished());
    published = published != null ? published : firstDate(values, metas(s, PUBLISHED_METAS));
    published = published != null ? published : firstDate(values, itemprop(s, "datepublished"));
    OffsetDateTime updated = firstDate(values, ld.dateModified());
    updated = updated != null ? updated : firstDate(values, metas(s, UPDATED_METAS));
    updated = updated != null ? updated : firstDate(values, itemprop(s, "datemodified"));
    if (published == null) {
      published = timeElement(s, values);
    }
    if (published == null || updated == null) {
      OffsetDateTime[] visible = visibleDates(s, phrases, fetchedAt);
      published = published != null ? published : visible[0];
      updated = updated != null ? updated : visible[1];
    }

    List<String> authors = new ArrayList<>();
    for (String a : ld.authors()) {
      BylineCleaner.addAll(authors, BylineCleaner.names(a));
    }
    if (authors.isEmpty()) {
      for (Element e : s.itemprops.getOrDefault("author", List.of())) {
        if (insideTeaser(e) || inCard(e)) {
          continue;
        }
        String name = e.hasAttr("content") ? e.attr("content") : e.text();
        BylineCleaner.addAll(authors, BylineCleaner.names(name));
      }
    }
    if (authors.isEmpty()) {
      for (String a : s.metaAll("article:author")) {
        BylineCleaner.addAll(authors, BylineCleaner.names(a));
      }
      for (String a : s.metaAll("author")) {
        BylineCleaner.addAll(authors, BylineCleaner.names(a));
      }
      for (String a : s.metaAll("byl")) {
        BylineCleaner.addAll(authors, BylineCleaner.names(a));
      }
    }
    if (authors.isEmpty()) {
      List<Element> bylines = s.bylines();
      for (Element e : bylines) {
        // The innermost marked element: "signature" holds "signature__noms" and "signature__role".
        boolean hasMarkedChild = false;
        for (Element other : bylines) {
          if (other != e && other.parents().contains(e)) {
            hasMarkedChild = true;
            break;
          }
        }
        if (hasMarkedChild) {
          continue;
        }
        String text = e.text();
        if (text.length() < 200) {
          BylineCleaner.addAll(authors, BylineCleaner.names(text));
        }
        if (!authors.isEmpty()) {
          break;
        }
      }
    }
    if (authors.isEmpty()) {
      for (String a : s.authorLinks) {
        BylineCleaner.addAll(authors, BylineCleaner.names(a));
      }
    }

    String section = firstNonBlank(ld.section(), firstNonBlank(metas(s, SECTION_METAS)));
    section = section != null ? section : breadcrumbSection(s, title);
    URI canonical = CanonicalUrlResolver.resolve(url, s.canonical, s.meta("og:url"), ld.url());
    String printed = printedLede(s, title);
    String lede = printed != null ? printed : declaredLede(s, ld);
    return new PageMetadata(
        title, lede, printed != null, authors, published, updated, section, canonical, language, ld.body());
  }

  /** The outlet's name, which templates glue to titles. */
  static String siteName(PageSignals s) {
    return firstNonBlank(s.meta("og:site_name"), s.meta("application-name"));
  }

  /** The last link of the breadcrumb trail that is neither the home page nor the article. */
  private static String breadcrumbSection(PageSignals s, String title) {
    for (Element trail : s.breadcrumbs()) {
      List<Element> links = trail.getElementsByTag("a");
      for (int i = links.size() - 1; i >= 0; i--) {
        String text = TitleCleaner.normalizeSpace(links.get(i).text());
        String lower = text.toLowerCase(Locale.ROOT);
        if (text.isEmpty() || text.length() > 60 || text.equalsIgnoreCase(title)
            || lower.equals("accueil") || lower.equals("home") || lower.equals("news") || lower.equals("actualités")
            || lower.equals("une") || lower.equals("homepage")) {
          continue;
        }
        return text;
      }
    }
    return null;
  }

  private static String printedLede(PageSignals s, String title) {
    for (Element e : s.standfirsts()) {
      String text = TitleCleaner.normalizeSpace(e.text());
      if (text.length() >= 40 && text.length() <= 800 && !text.equalsIgnoreCase(title) && !isNav(e)) {
        return text;
      }
    }
    return null;
  }

  private static String declaredLede(PageSignals s, JsonLdArticle ld) {
    String d = firstNonBlank(ld.description(), firstNonBlank(s.meta("og:description"), s.meta("description")));
    return d == null ? null : TitleCleaner.normalizeSpace(d);
  }

  private static boolean isNav(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      String n = p.normalName();
      if (n.equals("nav") || n.equals("aside") || n.equals("footer") || n.equals("a") || n.equals("li")) {
        return true;
      }
    }
    return false;
  }

  private static String language(PageSignals s, JsonLdArticle ld) {
    String raw = firstNonBlank(s.htmlLang, firstNonBlank(s.meta("content-language"), firstNonBlank(s.meta("og:locale"), ld.language())));
    if (raw == null) {
      return null;
    }
    String tag = raw.strip().replace('_', '-');
    int comma = tag.indexOf(',');
    tag = comma > 0 ? tag.substring(0, comma) : tag;
    Locale locale = Locale.forLanguageTag(tag);
    return locale.getLanguage().isEmpty() ? null : locale.toLanguageTag();
  }

  private static OffsetDateTime timeElement(PageSignals s, DateValueParser values) {
    for (Element t : s.times) {
      if (t.hasAttr("pubdate") || "datePublished".equalsIgnoreCase(t.attr("itemprop"))) {
        OffsetDateTime d = firstDate(values, t.attr("datetime"));
        if (d != null) {
          return d;
        }
      }
    }
    for (Element t : s.times) {
      if (t.hasAttr("datetime") && !insideTeaser(t)) {
        OffsetDateTime d = firstDate(values, t.attr("datetime"));
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  /** Whether the element sits in a teaser card for another story ("card", "teaser", "related"). */
  private static boolean inCard(Element e) {
    int depth = 0;
    for (Element p = e.parent(); p != null && depth < 10; p = p.parent(), depth++) {
      String marks = ClassMarks.of(p);
      if (!marks.isEmpty() && ClassMarks.containsAny(marks, "card", "teaser", "related", "promo", "recirc", "more-")) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideTeaser(Element e) {
    int depth = 0;
    for (Element p = e.parent(); p != null && depth < 12; p = p.parent(), depth++) {
      String n = p.normalName();
      if (n.equals("a") || n.equals("li") || n.equals("aside") || n.equals("nav") || n.equals("footer")) {
        return true;
      }
    }
    return false;
  }

  /** [published, updated] from visible date lines, either possibly null. */
  private static OffsetDateTime[] visibleDates(PageSignals s, DatePhraseParser phrases, Instant fetchedAt) {
    OffsetDateTime published = null;
    OffsetDateTime updated = null;
    List<Element> lines = new ArrayList<>(s.times);
    lines.addAll(s.dateLines());
    for (Element e : lines) {
      if (insideTeaser(e)) {
        continue;
      }
      String text = e.text();
      if (text.isEmpty() || text.length() > 300) {
        continue;
      }
      for (DatePhraseParser.Found f : phrases.findAll(text, fetchedAt)) {
        if (f.role() == DatePhraseParser.Role.UPDATED) {
          updated = updated == null ? f.time() : updated;
        } else if (published == null) {
          published = f.time();
        }
      }
      if (published != null && updated != null) {
        break;
      }
    }
    return new OffsetDateTime[] {published, updated};
  }

  private static OffsetDateTime firstDate(DateValueParser values, String... raws) {
    for (String raw : raws) {
      Optional<OffsetDateTime> d = values.parse(raw);
      if (d.isPresent()) {
        return d.get();
      }
    }
    return null;
  }

  private static String[] metas(PageSignals s, List<String> keys) {
    List<String> out = new ArrayList<>();
    for (String k : keys) {
      String v = s.meta(k);
      if (v != null) {
        out.add(v);
      }
    }
    return out.toArray(String[]::new);
  }

  private static String[] itemprop(PageSignals s, String key) {
    List<String> out = new ArrayList<>();
    String meta = s.meta(key);
    if (meta != null) {
      out.add(meta);
    }
    for (Element e : s.itemprops.getOrDefault(key, List.of())) {
      String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
      out.add(v);
    }
    return out.toArray(String[]::new);
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
