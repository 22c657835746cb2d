package org.vigie.crawler.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Everything metadata extraction needs from a page, gathered in one walk of the tree: {@code
 * <meta>} values, links, JSON-LD scripts, {@code <time>} elements, microdata, the first headings,
 * and the few elements whose class names say they hold a byline, a date line or a standfirst.
 * One walk instead of a dozen {@code select} calls, because each {@code select} walks the whole
 * tree again.
 */
final class PageSignals {
  private static final int MAX_EACH = 30;
  private static final int MAX_MARKED = 20_000;

  final Map<String, List<String>> metas = new HashMap<>();
  final List<String> jsonLd = new ArrayList<>();
  final List<Element> times = new ArrayList<>();
  final Map<String, List<Element>> itemprops = new HashMap<>();
  final List<Element> h1s = new ArrayList<>();
  /** Elements with a class or an id, in document order: read lazily, most pages never need them. */
  private final List<Element> marked = new ArrayList<>();
  /** Position of each marked element in document order (elements counted). */
  private final List<Integer> markedOrder = new ArrayList<>();
  /**
   * Lower-cased class and id of each marked element, computed on first use: four lookups
   * (standfirsts, bylines, date lines, breadcrumbs) scan the same thousands of elements, and
   * building the marks string was a tenth of the metadata time.
   */
  private String[] markedMarks;
  /** Position of the first paragraph of 120 characters or more after the first {@code <h1>}. */
  private int textStart = Integer.MAX_VALUE;
  private int elements;
  final List<String> authorLinks = new ArrayList<>();
  /** Visible characters of the page's text, whitespace not counted (see BoilerplatePruner). */
  int textChars;
  String canonical;
  String htmlLang;
  String titleTag;

  static PageSignals of(Document doc) {
    PageSignals s = new PageSignals();
    // The parser always makes <html> the document's first element; selectFirst("html") parsed a
    // query and cost as much as a tenth of this walk.
    Element html = doc.firstElementChild();
    if (html != null && html.normalName().equals("html")) {
      s.htmlLang = html.attr("lang").isBlank() ? html.attr("xml:lang") : html.attr("lang");
    }
    doc.traverse(new Collector(s));
    return s;
  }

  /** Elements whose class or id says byline ("byline", "author", "signature", "auteur"…). */
  List<Element> bylines() {
    return markedWith(MAX_EACH, "byline", "author", "signature", "auteur", "writer", "contributor", "journalist");
  }

  /** Breadcrumb trails ("breadcrumb", "fil d'Ariane"). */
  List<Element> breadcrumbs() {
    return markedWith(3, "breadcrumb", "ariane");
  }

  /** Elements whose class or id says date line. */
  List<Element> dateLines() {
    return markedWith(MAX_EACH, "date", "time", "publish", "posted", "updated", "timestamp", "article-meta", "byline");
  }

  /**
   * Elements whose class or id says standfirst. Only names that mean it: "intro", "summary" and
   * "description" also name the first paragraph of the body, or the body ("text-description").
   */
  List<Element> standfirsts() {
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < marked.size() && markedOrder.get(i) <= textStart; i++) {
      // A standfirst comes before the text; a "sub-title" inside the text is a subheading.
      Element e = marked.get(i);
      String marks = marks(i);
      if (ClassMarks.containsAny(marks, "standfirst", "chapo", "chapeau", "deck", "subtitle", "sub-title", "subhead", "strapline", "excerpt")
          || (ClassMarks.containsAny(marks, "lede", "lead", "dek", "desc") && ClassMarks.hasWord(marks, "lede", "lead", "dek", "desc"))) {
        out.add(e);
        if (out.size() == 10) {
          break;
        }
      }
    }
    return out;
  }

  private List<Element> markedWith(int max, String... needles) {
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < marked.size(); i++) {
      if (ClassMarks.containsAny(marks(i), needles)) {
        out.add(marked.get(i));
        if (out.size() == max) {
          break;
        }
      }
    }
    return out;
  }

  private String marks(int i) {
    if (markedMarks == null) {
      markedMarks = new String[marked.size()];
    }
    String m = markedMarks[i];
    if (m == null) {
      m = ClassMarks.of(marked.get(i));
      markedMarks[i] = m;
    }
    return m;
  }

  String meta(String key) {
    List<String> values = metas.get(key);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  List<String> metaAll(String key) {
    return metas.getOrDefault(key, List.of());
  }

  /** Templates often escape twice: "&amp;#163;" arrives as "&#163;" after one decoding. */
  static String unescape(String s) {
    return s.indexOf('&') >= 0 ? org.jsoup.parser.Parser.unescapeEntities(s, true) : s;
  }

  private record Collector(PageSignals s) implements NodeVisitor {
    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        String text = t.getWholeText();
        for (int i = 0, len = text.length(); i < len; i++) {
          if (text.charAt(i) > ' ') {
            s.textChars++;
          }
        }
        return;
      }
      if (!(node instanceof Element e)) {
        return;
      }
      s.elements++;
      // The text starts at the first long paragraph after the headline (a cookie banner's
      // paragraph comes before it).
      if (s.textStart == Integer.MAX_VALUE && !s.h1s.isEmpty() && e.normalName().equals("p") && e.text().length() >= 120) {
        s.textStart = s.elements;
      }
      switch (e.normalName()) {
        case "meta" -> {
          String key = e.hasAttr("property") ? e.attr("property") : e.hasAttr("name") ? e.attr("name") : e.hasAttr("itemprop") ? e.attr("itemprop") : e.attr("http-equiv");
          String content = unescape(e.hasAttr("content") ? e.attr("content") : e.attr("value"));
          if (!key.isBlank() && !content.isBlank()) {
            s.metas.computeIfAbsent(key.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(content.strip());
          }
          if (e.hasAttr("itemprop") && e.hasAttr("property") && !content.isBlank()) {
            s.metas.computeIfAbsent(e.attr("itemprop").toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(content.strip());
          }
          return;
        }
        case "link" -> {
          String rel = e.attr("rel").toLowerCase(Locale.ROOT);
          if (rel.equals("canonical") && s.canonical == null) {
            s.canonical = e.attr("href");
          }
          return;
        }
        case "script" -> {
          if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
            s.jsonLd.add(e.data());
          }
          return;
        }
        case "title" -> {
          if (s.titleTag == null && e.parent() != null && !"svg".equals(e.parent().normalName())) {
            s.titleTag = e.text();
          }
          return;
        }
        case "time" -> {
          if (s.times.size() < MAX_EACH) {
            s.times.add(e);
          }
        }
        case "h1" -> {
          if (s.h1s.size() < 5) {
            s.h1s.add(e);
          }
        }
        case "a" -> {
          if (e.attr("rel").toLowerCase(Locale.ROOT).contains("author") && s.authorLinks.size() < MAX_EACH) {
            s.authorLinks.add(e.text());
          }
        }
        default -> {}
      }
      String itemprop = e.attr("itemprop");
      if (!itemprop.isEmpty()) {
        for (String p : itemprop.split("\\s+")) {
          List<Element> list = s.itemprops.computeIfAbsent(p.toLowerCase(Locale.ROOT), k -> new ArrayList<>());
          if (list.size() < MAX_EACH) {
            list.add(e);
          }
        }
      }
      if (s.marked.size() < MAX_MARKED && (!e.className().isEmpty() || !e.id().isEmpty())) {
        s.marked.add(e);
        s.markedOrder.add(s.elements);
      }
    }
  }
}
