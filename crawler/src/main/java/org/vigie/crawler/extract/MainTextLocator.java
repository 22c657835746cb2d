package org.vigie.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article text, by the scoring Arc90's Readability made
 * standard: every paragraph gives points (for its length and its commas) to its parent, less to
 * its grandparent and less again further up; class names that say "article" or "comment" move the
 * score; links discount it. The best container is then widened to the siblings that score well
 * too, because templates split one story across several {@code <div>}s.
 */
final class MainTextLocator {
  private static final Pattern POSITIVE =
      Pattern.compile("article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|chapo|corps");
  private static final Pattern NEGATIVE =
      Pattern.compile(
          "-ad-|hidden|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media"
              + "|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor"
              + "|shopping|tags|tool|widget|teaser|card|recirc|more");
  private static final int MAX_ANCESTORS = 5;

  private MainTextLocator() {}

  /** The containers of the article text, in document order; empty when nothing scores. */
  static List<Element> locate(Element body, TextStats stats) {
    Element top = null;
    double topScore = 0;
    List<Element> candidates = new ArrayList<>();
    for (Element p : stats.paragraphs) {
      TextStats.Stat ps = stats.stats.get(p);
      if (ps == null || ps.chars < 25) {
        continue;
      }
      double score = 1 + ps.commas + Math.min(ps.chars / 100, 3);
      Element ancestor = p.parent();
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
    String marks = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    if (marks.isBlank()) {
      return score;
    }
    if (NEGATIVE.matcher(marks).find()) {
      score -= 25;
    }
    if (POSITIVE.matcher(marks).find()) {
      score += 25;
    }
    if ("articleBody".equalsIgnoreCase(e.attr("itemprop"))) {
      score += 25;
    }
    return score;
  }
}
