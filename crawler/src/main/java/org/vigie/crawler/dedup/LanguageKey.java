package org.vigie.crawler.dedup;

import java.util.Locale;
import java.util.Set;

/**
 * The language a text is grouped under, so that only texts of one language can be wire copies of
 * each other. A translation of a dispatch is coverage of the same event, not a copy; linking
 * across languages is left to the story keys of later stages.
 *
 * <p>French and English, the two languages Vigie follows, are told apart by their function words
 * (a vote over the first 300 words), which is sturdier than the page's declared language: outlets
 * ship templates with a wrong {@code <html lang>}. Any other text falls back to the declared
 * language's primary subtag, then to {@code und}.
 */
final class LanguageKey {
  private static final Set<String> FRENCH =
      Set.of("le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "dans", "pour", "que", "qui", "sur",
          "au", "aux", "pas", "par", "avec", "ont", "ces", "sont", "il", "elle", "ete");
  private static final Set<String> ENGLISH =
      Set.of("the", "and", "of", "to", "is", "was", "in", "for", "that", "with", "on", "are", "by", "from", "has",
          "have", "it", "its", "this", "be", "were", "which", "said", "at", "an", "will");
  private static final int WORDS_READ = 300;

  private LanguageKey() {}

  /**
   * @param normalisedText text already through {@link WordShingles#normalise}
   * @param declared the page's declared language, or {@code null}
   */
  static String of(String normalisedText, String declared) {
    int fr = 0;
    int en = 0;
    int read = 0;
    for (String w : normalisedText.split("[^\\p{L}\\p{N}]+", WORDS_READ + 1)) {
      if (w.isEmpty()) continue;
      if (FRENCH.contains(w)) fr++;
      if (ENGLISH.contains(w)) en++;
      if (++read == WORDS_READ) break;
    }
    // A clear majority of at least a few function words; a title alone may hold none.
    if (fr >= 3 && fr >= 2 * en) return "fr";
    if (en >= 3 && en >= 2 * fr) return "en";
    if (declared != null) {
      String primary = declared.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
      if (primary.matches("[a-z]{2,3}")) return primary;
    }
    return "und";
  }
}
