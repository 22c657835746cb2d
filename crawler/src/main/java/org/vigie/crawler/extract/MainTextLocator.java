package org.vigie.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article text, by the scoring Arc90's Readability made
 * standard: every paragraph gives points (for its length and its commas) to its parent, less to
 * its grandparent and less again further up; class names that say "article" or "comment" move the
 * score; links discount it. The best container is then widened to the siblings that score well
 * too, because templates split one story across several {@code <div>}s.
 */
final class MainTextLocator {
  private static final String[] POSITIVE = {
    "article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog",
    "story", "chapo", "corps"
  };
  private static final String[] NEGATIVE = {
    "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footnote", "gdpr",
    "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
    "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "teaser", "card",
    "recirc", "more"
  };
  private static final int MAX_ANCESTORS = 5;

  private MainTextLocator() {}

  /** The containers of the article text, in document order; empty when nothing scores. */
  static List<Element> locate(Element body, TextStats stats) {
    Element top = null;
    double topScore = 0;
    List<Element> candidates = new ArrayList<>();
    for (Element p : stats.paragraphs) {
      TextStats.Stat ps = stats.stats.get(p);
      String tag = p.normalName();
      boolean proper = tag.equals("p") || tag.equals("pre") || tag.equals("td") || tag.equals("blockquote");
      int chars = proper ? ps.chars : ps.inlineChars;
      if (chars < 25) {
        continue;
      }
      double score = 1 + (proper ? ps.commas : ps.inlineCommas) + Math.min(chars / 100, 3);
      // Loose text beside block children counts for the element itself, as if Readability had
      // wrapped it in a <p>; a <p> counts for its parent.
      Element ancestor = proper || !ps.hasBlockChild ? p.parent() : p;
      for (int level = 0; level < MAX_ANCESTORS && ancestor != null; level++, ancestor = ancestor.parent()) {
        TextStats.Stat as = stats.get(ancestor);
        if (!as.initialised) {
          as.initialised = true;
          as.score = initialScore(ancestor);
          candidates.add(ancestor);
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        as.score += score / divider;
        if (ancestor == body) {
          break;
        }
      }
    }
    for (Element c : candidates) {
      double s = stats.get(c).score * (1 - stats.linkDensity(c));
      if (s > topScore) {
        topScore = s;
        top = c;
      }
    }
    if (top == null) {
      return List.of();
    }
    // Climb while the parent scores close to the top: the article may be split over siblings
    // that each hold a part of it.
    Element parent = top.parent();
    double last = topScore;
    while (parent != null && parent != body.parent()) {
      TextStats.Stat ps = stats.stats.get(parent);
      if (ps == null || !ps.initialised) {
        break;
      }
      double s = ps.score * (1 - stats.linkDensity(parent));
      if (s < topScore / 3) {
        break;
      }
      if (s > last) {
        top = parent;
        topScore = s;
      }
      last = s;
      parent = parent.parent();
    }
    return widen(top, topScore, stats);
  }

  private static List<Element> widen(Element top, double topScore, TextStats stats) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    List<Element> out = new ArrayList<>();
    double threshold = Math.max(10, topScore * 0.2);
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        out.add(sibling);
        continue;
      }
      TextStats.Stat s = stats.stats.get(sibling);
      if (s == null || s.chars == 0) {
        continue;
      }
      double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
      double density = stats.linkDensity(sibling);
      if (s.initialised && s.score * (1 - density) + bonus >= threshold) {
        out.add(sibling);
      } else if (sibling.normalName().equals("p")) {
        if (s.chars > 80 && density < 0.25) {
          out.add(sibling);
        } else if (s.chars > 0 && density == 0 && sibling.text().endsWith(".")) {
          out.add(sibling);
        }
      }
    }
    return out;
  }

  private static double initialScore(Element e) {
    double score =
        switch (e.normalName()) {
          case "div", "article", "main" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    String marks = ClassMarks.of(e);
    if (marks.isEmpty()) {
      return score;
    }
    if (ClassMarks.containsAny(marks, NEGATIVE)) {
      score -= 25;
    }
    if (ClassMarks.containsAny(marks, POSITIVE)) {
      score += 25;
    }
    if ("articleBody".equalsIgnoreCase(e.attr("itemprop"))) {
      score += 25;
    }
    return score;
  }
}
