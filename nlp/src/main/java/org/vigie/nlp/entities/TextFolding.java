package org.vigie.nlp.entities;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The comparison form of a word: lower case, accents and ligatures removed, so that
 * "Commission Européenne", "commission europeenne" and "COMMISSION EUROPÉENNE" meet.
 */
final class TextFolding {
  private TextFolding() {}

  static String fold(String word) {
    boolean ascii = true;
    for (int i = 0; i < word.length() && ascii; i++) ascii = word.charAt(i) < 128;
    if (ascii) return word.toLowerCase(Locale.ROOT);
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      switch (c) {
        case 'œ', 'Œ' -> out.append("oe");
        case 'æ', 'Æ' -> out.append("ae");
        case 'ß' -> out.append("ss");
        default -> {
          if (Character.getType(c) != Character.NON_SPACING_MARK) out.append(Character.toLowerCase(c));
        }
      }
    }
    return out.toString();
  }

  static boolean hasUpperCase(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) return true;
    }
    return false;
  }
}
