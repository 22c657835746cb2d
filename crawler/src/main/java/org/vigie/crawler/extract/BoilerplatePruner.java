package org.vigie.crawler.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Removes, in one walk, what is never article text: scripts and embeds, navigation, asides,
 * footers, figures with their captions and credits, hidden elements, and elements whose class or
 * id names a boilerplate job (share bar, comments, "related", newsletter, cookie banner, paywall,
 * ads, breadcrumbs). A class-named element is spared when it holds a large part of the page's
 * text, because templates do put the whole article inside {@code class="has-sidebar"}.
 */
final class BoilerplatePruner implements NodeFilter {
  private static final Set<String> DROP_TAGS =
      Set.of(
          "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
          "video", "audio", "button", "input", "select", "textarea", "option", "nav", "aside",
          "footer", "dialog", "menu", "figure", "figcaption", "picture", "img", "map", "link",
          "meta", "label", "math", "head");
  private static final Set<String> DROP_ROLES =
      Set.of(
          "navigation", "complementary", "banner", "contentinfo", "dialog", "alertdialog",
          "search", "menu", "menubar", "toolbar", "alert");
  private final int pageChars;
  /**
   * Verdict per class-and-id string (boilerplate and not the article body): a template repeats
   * the same few hundred class strings across thousands of elements, and splitting each into
   * words was half of this walk.
   */
  private final Map<String, Boolean> boilerplateMarks = new HashMap<>();

  /** @param pageChars the page's visible text size, to spare elements holding much of it */
  BoilerplatePruner(int pageChars) {
    this.pageChars = pageChars;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof Comment) {
      return FilterResult.REMOVE;
    }
    if (!(node instanceof Element e)) {
      return FilterResult.CONTINUE;
    }
    String tag = e.normalName();
    if (tag.equals("body") || tag.equals("html")) {
      return FilterResult.CONTINUE;
    }
    if (DROP_TAGS.contains(tag)) {
      return FilterResult.REMOVE;
    }
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
      return FilterResult.REMOVE;
    }
    if (e.hasAttr("style")) {
      String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
      if (style.contains("display:none") || style.contains("visibility:hidden")) {
        return FilterResult.REMOVE;
      }
    }
    if (e.hasAttr("role") && DROP_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
      return spareIfLarge(e);
    }
    if (tag.equals("header")) {
      return spareIfLarge(e);
    }
    String raw = ClassMarks.raw(e);
    if (raw.isEmpty()) {
      return FilterResult.CONTINUE;
    }
    if (tag.equals("a") || tag.equals("em") || tag.equals("strong") || tag.equals("b") || tag.equals("i")) {
      // A marked link or emphasis inside a paragraph ("social" on a link) is judged with its
      // paragraph, not cut out of it.
      return FilterResult.CONTINUE;
    }
    Boolean verdict = boilerplateMarks.get(raw);
    if (verdict == null) {
      verdict = ClassMarks.boilerplate(raw) && !ClassMarks.articleBody(raw.toLowerCase(Locale.ROOT));
      boilerplateMarks.put(raw, verdict);
    }
    if (!verdict || "articleBody".equalsIgnoreCase(e.attr("itemprop"))) {
      return FilterResult.CONTINUE;
    }
    return spareIfLarge(e);
  }

  private FilterResult spareIfLarge(Element e) {
    return chars(e) > pageChars * 0.4 ? FilterResult.CONTINUE : FilterResult.REMOVE;
  }

  /**
   * Visible characters under a node, not counting whitespace (templates indent with thousands of
   * spaces), without building the string.
   */
  static int chars(Node root) {
    int[] n = {0};
    root.traverse(
        (node, depth) -> {
          if (node instanceof TextNode t) {
            String s = t.getWholeText();
            int count = 0;
            for (int i = 0, len = s.length(); i < len; i++) {
              if (s.charAt(i) > ' ') {
                count++;
              }
            }
            n[0] += count;
          }
        });
    return n[0];
  }
}
