package org.vigie.crawler.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Chooses the headline among the up to six a page declares: the visible {@code <h1>}, JSON-LD
 * {@code headline}, {@code og:title}, {@code twitter:title}, {@code <meta name=title>} and the
 * document {@code <title>}. Each can be the odd one out (a share title rewritten for social
 * media, a live-page kicker in the {@code <h1>}, a stray {@code <h1>} in a logo), so the value
 * most sources agree on wins.
 *
 * <p>Agreement is judged on a folded form, so that typography does not split a vote: case, curly
 * and straight quotes, dashes, non-breaking spaces, soft hyphens and a trailing full stop or
 * ellipsis are ignored. A source gives a value one vote when it is the same headline, one vote
 * when it is that headline behind a short kicker ("SVP-Sonderparteitag zur Migration: Chiesa
 * ruft…" for "Chiesa ruft…": the page declares the headline both with and without its kicker, so
 * the kicker is not part of it), and half a vote when it is a longer version of it: it holds all
 * of the value's words in order, whether the value was cut at the end ("…here's how to check" of
 * "…here's how to check if you have the rare buck") or had words dropped inside ("reports of leaks
 * to violent gangs" of "reports of information leaks to violent gangs"). A shortened headline is
 * one an editor wrote deliberately; the longer one printed or declared beside it backs it.
 *
 * <p>The {@code <h1>}, JSON-LD and {@code og:title} each cast a full vote. {@code twitter:title}
 * casts half: Twitter falls back to {@code og:title} and templates fill both from one field, so it
 * is mostly an echo of {@code og:title} rather than a second declaration. The document {@code
 * <title>} and {@code <meta name=title>} cast half too: they are written for search results and
 * browser tabs (cut to a length, reworded for search, the outlet's name glued on), not as the
 * article's headline. Ties go to the visible headline, then JSON-LD, then OpenGraph.
 */
final class HeadlineVote {
  /** Votes of the candidates in {@link #choose}'s order: h1, JSON-LD, og, twitter, meta title, title. */
  private static final double[] WEIGHTS = {1, 1, 1, 0.5, 0.5, 0.5};

  /**
   * A shortened headline keeps most of the longer one: at least this many words, and at least half
   * of the longer one's words. Below that, a few common words in order say nothing.
   */
  private static final int MIN_CUT_WORDS = 4;

  /** Longer than any headline: a declared title this long is not compared word by word. */
  private static final int MAX_HEADLINE_CHARS = 1000;

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** A kicker is a few words: "Iranischer Angriff auf Israel", "Climate change", "UK riots LIVE". */
  private static final int MAX_KICKER_WORDS = 8;

  /** Class-name words of a kicker (rubric line) printed inside the {@code <h1>}. */
  private static final String[] KICKER_MARKS = {
    "overline", "kicker", "eyebrow", "topline", "dachzeile", "spitzmarke", "surtitre", "surtitle",
    "supertitle", "overtitle", "pretitle", "pre-title", "headline-label", "title-label"
  };

  private HeadlineVote() {}

  /** The sources in {@link #candidates} order, as {@link DeclaredTitles} names them. */
  static final List<String> SOURCES = List.of("h1", "json-ld", "og:title", "twitter:title", "meta title", "title");

  static String choose(PageSignals s, JsonLdArticle ld, String site) {
    String[] candidates = candidates(s, ld, site);
    String[] folded = new String[candidates.length];
    for (int i = 0; i < candidates.length; i++) {
      folded[i] = candidates[i] == null || candidates[i].isBlank() ? null : typography(candidates[i]);
    }
    String best = null;
    double bestVotes = 0;
    for (int i = 0; i < candidates.length; i++) {
      if (folded[i] == null || folded[i].isEmpty()) {
        continue;
      }
      double votes = 0;
      for (int j = 0; j < folded.length; j++) {
        if (folded[j] != null) {
          votes += WEIGHTS[j] * vote(folded[i], folded[j]);
        }
      }
      if (votes > bestVotes) {
        best = candidates[i];
        bestVotes = votes;
      }
    }
    if (best != null) {
      return best;
    }
    return s.h1s.isEmpty() ? null : TitleCleaner.normalizeSpace(s.h1s.get(0).text());
  }

  /**
   * Each source's title, outlet name cut, in {@link #SOURCES} order; null where the page has none.
   * The {@code <h1>} is the first of at least 10 characters that is not the outlet's name.
   */
  static String[] candidates(PageSignals s, JsonLdArticle ld, String site) {
    String h1 = null;
    for (Element e : s.h1s) {
      String t = headlineText(e);
      if (t.length() >= 10 && (site == null || !t.equalsIgnoreCase(site))) {
        h1 = t;
        break;
      }
    }
    return new String[] {
      h1,
      TitleCleaner.clean(ld.headline(), site),
      TitleCleaner.clean(s.meta("og:title"), site),
      TitleCleaner.clean(s.meta("twitter:title"), site),
      TitleCleaner.clean(s.meta("title"), site),
      TitleCleaner.fromTitleTag(s.titleTag, site)
    };
  }

  /**
   * What {@code other} says for headline {@code c}, both with typography folded but case kept: a
   * kicker cut off leaves the headline as printed, whereas a rewrite that re-capitalises the tail
   * ("'Ends recession debate': economists weigh in…" shortened to "Economists weigh in…" in the
   * document title) is another headline that merely contains it.
   */
  static double vote(String c, String other) {
    String lc = c.toLowerCase(Locale.ROOT);
    String lo = other.toLowerCase(Locale.ROOT);
    if (lo.equals(lc)) {
      return 1;
    }
    if (other.length() > c.length() + 2 && other.endsWith(c)) {
      String prefix = other.substring(0, other.length() - c.length()).stripTrailing();
      if (prefix.endsWith(":") || prefix.endsWith(" -") || prefix.endsWith("|")) {
        String kicker = prefix.substring(0, prefix.length() - 1).strip();
        if (!kicker.isEmpty() && kicker.split(" ").length <= MAX_KICKER_WORDS) {
          return 1;
        }
      }
    }
    return lo.contains(lc) || isCutOf(lc, lo) ? 0.5 : 0;
  }

  /**
   * Whether {@code shorter} is {@code longer} with words left out: all its words appear in {@code
   * longer} in the same order, and it keeps at least {@link #MIN_CUT_WORDS} words and half of the
   * longer one's. Words are runs of letters and digits, so a comma moved by the cut ("dream, experts
   * warn" from "dream for US companies, experts warn") does not matter.
   */
  static boolean isCutOf(String shorter, String longer) {
    if (longer.length() > MAX_HEADLINE_CHARS || shorter.length() >= longer.length()) {
      return false;
    }
    String[] s = words(shorter);
    String[] l = words(longer);
    if (s.length < MIN_CUT_WORDS || s.length >= l.length || 2 * s.length < l.length) {
      return false;
    }
    int j = 0;
    for (String w : s) {
      while (j < l.length && !l[j].equals(w)) {
        j++;
      }
      if (j == l.length) {
        return false;
      }
      j++;
    }
    return true;
  }

  private static String[] words(String s) {
    String stripped = NON_WORD.matcher(s).replaceAll(" ").strip();
    return stripped.isEmpty() ? new String[0] : stripped.split(" ");
  }

  /**
   * The text of an {@code <h1>} without a kicker the markup marks as such ({@code <span
   * class="article-title__overline">}) and without what it hides from readers ({@code
   * aria-hidden} separators): the page itself says which part is the headline.
   */
  static String headlineText(Element h1) {
    if (!hasMarkedKicker(h1)) {
      return TitleCleaner.normalizeSpace(h1.text());
    }
    StringBuilder b = new StringBuilder();
    appendText(h1, b);
    String t = TitleCleaner.normalizeSpace(b.toString());
    return t.length() >= 10 ? t : TitleCleaner.normalizeSpace(h1.text());
  }

  private static boolean hasMarkedKicker(Element h1) {
    for (Element e : h1.getAllElements()) {
      if (e != h1 && isKicker(e)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isKicker(Element e) {
    String marks = ClassMarks.of(e);
    return !marks.isEmpty() && ClassMarks.containsAny(marks, KICKER_MARKS);
  }

  private static void appendText(Element e, StringBuilder b) {
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        b.append(t.getWholeText());
      } else if (n instanceof Element child) {
        if (isKicker(child) || "true".equals(child.attr("aria-hidden"))) {
          b.append(' ');
          continue;
        }
        if (child.isBlock() || child.normalName().equals("br")) {
          b.append(' ');
        }
        appendText(child, b);
      }
    }
  }

  /** Quote style, dash style, spacing and a trailing full stop or ellipsis folded away; case kept. */
  static String typography(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '»' || c == '\u203a') {
        space = false; // French spacing inside guillemets: « Non » and «Non» are the same
      }
      switch (c) {
        case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`', '\u00b4' -> c = '\'';
        case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '«', '»' -> c = '"';
        case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> c = '-';
        case '\u00ad', '\u200b', '\u200c', '\u200d', '\ufeff' -> {
          continue;
        }
        default -> {}
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c);
      if (s.charAt(i) == '«' || s.charAt(i) == '\u2039') {
        while (i + 1 < s.length() && (Character.isWhitespace(s.charAt(i + 1)) || Character.isSpaceChar(s.charAt(i + 1)))) {
          i++;
        }
      }
    }
    int end = b.length();
    while (end > 0 && (b.charAt(end - 1) == '.' || b.charAt(end - 1) == '\u2026' || b.charAt(end - 1) == ' ')) {
      end--;
    }
    b.setLength(end);
    return b.toString();
  }
}
