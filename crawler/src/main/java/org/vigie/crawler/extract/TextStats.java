package org.vigie.crawler.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Text and link sizes of every element, computed bottom-up in one walk, and the list of
 * paragraph-like elements to score. Recomputing {@code element.text()} per candidate would walk
 * each subtree once per ancestor; this walks the tree once.
 */
final class TextStats {
  static final Set<String> BLOCK_TAGS =
      Set.of(
          "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
          "ol", "dl", "dd", "dt", "blockquote", "pre", "table", "tbody", "thead", "tr", "td", "th",
          "header", "center", "address", "figure", "form");

  /** Mutable per-element counters; private to extraction. */
  static final class Stat {
    int chars;
    int linkChars;
    int commas;
    /** Characters of text outside block-level children: loose text beside {@code <div>}s. */
    int inlineChars;
    int inlineCommas;
    boolean hasBlockChild;
    double score;
    boolean initialised;
  }

  final Map<Element, Stat> stats = new IdentityHashMap<>();
  final List<Element> paragraphs = new ArrayList<>();

  static TextStats of(Element root) {
    TextStats t = new TextStats();
    root.traverse(t.new Walker());
    return t;
  }

  Stat get(Element e) {
    Stat s = stats.get(e);
    if (s == null) {
      s = new Stat();
      stats.put(e, s);
    }
    return s;
  }

  double linkDensity(Element e) {
    Stat s = stats.get(e);
    return s == null || s.chars == 0 ? 0 : (double) s.linkChars / s.chars;
  }

  private final class Walker implements NodeVisitor {
    private final Deque<Stat> stack = new ArrayDeque<>();

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element e) {
        Stat s = new Stat();
        stats.put(e, s);
        stack.push(s);
      } else if (node instanceof TextNode t && !stack.isEmpty()) {
        Stat top = stack.peek();
        String text = t.getWholeText();
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          if (!Character.isWhitespace(c) && c != '\u00a0') {
            top.chars++;
            top.inlineChars++;
            if (c == ',' || c == '，') {
              top.commas++;
              top.inlineCommas++;
            }
          }
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      Stat s = stack.pop();
      String tag = e.normalName();
      if (tag.equals("a")) {
        s.linkChars = s.chars;
      }
      switch (tag) {
        case "p", "pre", "td", "blockquote" -> paragraphs.add(e);
        case "div", "section", "article", "main", "span", "font", "center", "li", "dd" -> {
          if (s.inlineChars >= 25 && (!s.hasBlockChild || !tag.equals("span"))) {
            paragraphs.add(e);
          }
        }
        default -> {}
      }
      Stat parent = stack.peek();
      if (parent != null) {
        parent.chars += s.chars;
        parent.linkChars += s.linkChars;
        parent.commas += s.commas;
        if (BLOCK_TAGS.contains(tag)) {
          parent.hasBlockChild = true;
        } else {
          parent.inlineChars += s.chars;
          parent.inlineCommas += s.commas;
        }
      }
    }
  }
}
