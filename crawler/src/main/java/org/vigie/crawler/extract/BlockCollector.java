package org.vigie.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.vigie.core.TextBlock;

/**
 * Cuts the chosen containers into paragraphs and headings: a block ends where a block-level
 * element starts or ends, or at two consecutive {@code <br>}. Whitespace is collapsed as a
 * browser does. Each block remembers how much of it was link text, for the filter that follows.
 */
final class BlockCollector {
  private static final Set<String> BREAKS =
      Set.of(
          "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
          "ol", "dl", "dd", "dt", "blockquote", "pre", "table", "tr", "td", "th", "header",
          "center", "address", "hr", "figure", "form", "details", "summary", "caption");

  /** A block before filtering. */
  record RawBlock(TextBlock.Kind kind, String text, int linkChars, String tag) {}

  private BlockCollector() {}

  static List<RawBlock> collect(List<Element> containers) {
    Walker w = new Walker();
    for (Element c : containers) {
      c.traverse(w);
      w.flush();
    }
    return w.out;
  }

  private static final class Walker implements NodeVisitor {
    final List<RawBlock> out = new ArrayList<>();
    final StringBuilder text = new StringBuilder();
    int linkChars;
    int linkDepth;
    int headingDepth;
    int brRun;
    boolean pendingSpace;
    String tag = "p";

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        append(t.getWholeText());
        return;
      }
      if (!(node instanceof Element e)) {
        return;
      }
      String name = e.normalName();
      if (name.equals("br")) {
        brRun++;
        if (brRun >= 2) {
          flush();
        } else {
          pendingSpace = true;
        }
        return;
      }
      if (BREAKS.contains(name)) {
        flush();
        tag = name;
      }
      if (name.equals("a")) {
        linkDepth++;
      }
      if (isHeading(name)) {
        headingDepth++;
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return;
      }
      String name = e.normalName();
      if (name.equals("a")) {
        linkDepth--;
      }
      if (isHeading(name)) {
        flush();
        headingDepth--;
      } else if (BREAKS.contains(name)) {
        flush();
      }
    }

    private void append(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\u00ad') {
          if (c == '\u00ad' || c == '\u200b') {
            continue;
          }
          pendingSpace = text.length() > 0;
        } else {
          brRun = 0;
          if (pendingSpace) {
            text.append(' ');
            pendingSpace = false;
          }
          text.append(c);
          if (linkDepth > 0) {
            linkChars++;
          }
        }
      }
    }

    void flush() {
      brRun = 0;
      pendingSpace = false;
      if (text.length() > 0) {
        TextBlock.Kind kind = headingDepth > 0 ? TextBlock.Kind.HEADING : TextBlock.Kind.PARAGRAPH;
        out.add(new RawBlock(kind, text.toString(), linkChars, tag));
        text.setLength(0);
      }
      linkChars = 0;
    }

    private static boolean isHeading(String name) {
      return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6';
    }
  }
}
