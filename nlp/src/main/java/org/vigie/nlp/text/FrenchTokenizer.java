package org.vigie.nlp.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Span;

/**
 * A rule tokenizer for French, used because no OpenNLP French tokenizer model is published on
 * Maven Central ({@code opennlp-models-tokenizer-fr} is named in the 1.3.0 parent pom but was
 * never deployed; checked 2026-11-26). The English maxent model mis-splits French elision, so
 * the rules below follow the French UD treebank conventions the published sentence model was
 * trained on: elided clitics ({@code l'}, {@code d'}, {@code qu'}, {@code jusqu'}…) are tokens of
 * their own with their apostrophe, hyphenated compounds stay whole ({@code ex-Twitter} stays one
 * token, as UD's {@code Royaume-Uni} does), numbers keep their decimal comma and thin spaces are
 * separators, and every other punctuation mark is a token.
 */
public final class FrenchTokenizer implements Tokenizer {
  public static final FrenchTokenizer INSTANCE = new FrenchTokenizer();

  private FrenchTokenizer() {}

  @Override
  public String[] tokenize(String s) {
    return Span.spansToStrings(tokenizePos(s), s);
  }

  @Override
  public Span[] tokenizePos(String s) {
    List<Span> spans = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else if (isWordChar(c)) {
        i = word(s, i, spans);
      } else {
        spans.add(new Span(i, i + 1));
        i++;
      }
    }
    return spans.toArray(Span[]::new);
  }

  /** A word: letters/digits joined by inner hyphens, dots between digits or a decimal comma. */
  private static int word(String s, int start, List<Span> spans) {
    int n = s.length();
    int i = start;
    while (i < n) {
      char c = s.charAt(i);
      if (isWordChar(c)) {
        i++;
      } else if (isApostrophe(c) && i + 1 < n && Character.isLetter(s.charAt(i + 1))) {
        // Elision: the clitic and its apostrophe end here; the host word starts a new token.
        if (isElidable(s, start, i)) {
          spans.add(new Span(start, i + 1));
          return i + 1;
        }
        i++; // an inner apostrophe as in "aujourd'hui" or an English name such as "O'Brien"
      } else if ((c == '-' || c == '.' || c == ',') && i + 1 < n && i > start) {
        char prev = s.charAt(i - 1);
        char next = s.charAt(i + 1);
        boolean hyphen = c == '-' && Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next);
        boolean numeric = c != '-' && Character.isDigit(prev) && Character.isDigit(next);
        if (!hyphen && !numeric) break;
        i++;
      } else {
        break;
      }
    }
    spans.add(new Span(start, i));
    return i;
  }

  private static final java.util.Set<String> CLITICS =
      java.util.Set.of(
          "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
          "presqu", "quelqu");

  private static boolean isElidable(String s, int start, int apostrophe) {
    return CLITICS.contains(s.substring(start, apostrophe).toLowerCase(java.util.Locale.ROOT));
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018';
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
