package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text, and every alias of the knowledge base, into the same {@link WordToken}s, whatever
 * the language. Matching aliases on one shared, deterministic tokenisation is what makes an
 * English alias match inside French text and the reverse; the statistical OpenNLP tokens (which
 * differ by language) are used for sentences and the name finder instead.
 *
 * <p>Apostrophes and hyphens separate words without being tokens, which is how French elision
 * is handled: "l'Arcom", "d'Ofcom", "qu'Ofcom", "de l'UE" yield a token "Arcom", "Ofcom", "UE" that
 * an alias can start at, and "ex-Twitter" matches the words "ex Twitter". Dotted acronyms ("U.S.",
 * "U.K.") become one token with their letters, so they meet the abbreviation "US".
 */
final class WordTokenizer {
  private WordTokenizer() {}

  static List<WordToken> tokenize(String text) {
    List<WordToken> tokens = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isWordChar(c)) {
        int acronymEnd = dottedAcronymEnd(text, i);
        if (acronymEnd > 0) {
          String letters = text.substring(i, acronymEnd).replace(".", "");
          tokens.add(new WordToken(i, acronymEnd, letters, TextFolding.fold(letters), true));
          i = acronymEnd;
          continue;
        }
        int start = i;
        while (i < n && isWordChar(text.charAt(i))) i++;
        String surface = text.substring(start, i);
        tokens.add(new WordToken(start, i, surface, TextFolding.fold(surface), true));
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isSeparator(c)) {
        i++;
      } else {
        String mark = String.valueOf(c);
        tokens.add(new WordToken(i, i + 1, mark, mark, false));
        i++;
      }
    }
    return tokens;
  }

  /**
   * Folded keys of a name as the gazetteer stores it: its words and its inner punctuation
   * ("X (ex-Twitter)" → x ( ex twitter )), so the name matches only text punctuated the same way;
   * dots are dropped, so "X Corp." matches "X Corp" and the sentence's full stop stays outside.
   */
  static List<String> nameKeys(String phrase) {
    List<String> keys = new ArrayList<>();
    for (WordToken t : tokenize(phrase)) {
      if (t.word() || !t.surface().equals(".")) keys.add(t.key());
    }
    while (!keys.isEmpty() && !Character.isLetterOrDigit(keys.getLast().charAt(0))) keys.removeLast();
    return keys;
  }

  /** Folded keys of the words of a phrase (punctuation dropped), for context cues. */
  static List<String> keys(String phrase) {
    List<String> keys = new ArrayList<>();
    for (WordToken t : tokenize(phrase)) {
      if (t.word()) keys.add(t.key());
    }
    return keys;
  }

  /** Surfaces of a name, aligned with {@link #nameKeys}, for case-sensitive abbreviations. */
  static List<String> surfaces(String phrase) {
    List<String> surfaces = new ArrayList<>();
    for (WordToken t : tokenize(phrase)) {
      if (t.word() || !t.surface().equals(".")) surfaces.add(t.surface());
    }
    while (!surfaces.isEmpty() && !Character.isLetterOrDigit(surfaces.getLast().charAt(0))) surfaces.removeLast();
    return surfaces;
  }

  /** End of "U.S." / "U.K." / "É.-U." at {@code i}: single capitals each followed by a dot, two or more. */
  private static int dottedAcronymEnd(String text, int i) {
    int n = text.length();
    int j = i;
    int letters = 0;
    while (j + 1 < n && Character.isUpperCase(text.charAt(j)) && text.charAt(j + 1) == '.') {
      letters++;
      j += 2;
      if (j < n && text.charAt(j) == '-') j++;
    }
    if (letters < 2) return -1;
    if (j < n && isWordChar(text.charAt(j))) return -1; // "U.S.A" handled as far as the last dot
    return j;
  }

  static boolean isSeparator(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018' || c == '-' || c == '\u2010' || c == '\u2011';
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
