package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * A listed name as it must be written to count (the club and named-body lists): its word keys, and
 * for each word whether the list writes it capitalised, in capitals or in lower case.
 *
 * @param upper for each word, whether the name writes it capitalised (1), in capitals (2) or lower case (0)
 */
record WrittenName(List<String> keys, int[] upper) {

  /** The name's words ("." dropped, so "St. Pauli" is "St Pauli"), or null when it has none. */
  static WrittenName of(String name) {
    List<WordToken> tokens = new ArrayList<>();
    for (WordToken t : WordTokenizer.tokenize(name)) if (t.word() || !t.surface().equals(".")) tokens.add(t);
    if (tokens.isEmpty()) return null;
    List<String> keys = new ArrayList<>();
    int[] upper = new int[tokens.size()];
    for (int j = 0; j < tokens.size(); j++) {
      WordToken t = tokens.get(j);
      keys.add(t.key());
      String s = t.surface();
      boolean capitals = s.length() > 1 && s.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
      upper[j] = !t.word() ? 0 : capitals ? 2 : Character.isUpperCase(s.charAt(0)) ? 1 : 0;
    }
    return new WrittenName(List.copyOf(keys), upper);
  }

  /** The names of a list column, separated by "|". */
  static List<String> split(String column) {
    List<String> out = new ArrayList<>();
    for (String n : column.split("\\|")) if (!n.isBlank()) out.add(n.strip());
    return out;
  }

  String first() {
    return keys.getFirst();
  }

  /** End token (exclusive) of this name written at token {@code i}, or -1. */
  int endAt(FieldContext ctx, int i) {
    List<WordToken> tokens = ctx.tokens;
    if (i + keys.size() > tokens.size()) return -1;
    for (int j = 0; j < keys.size(); j++) {
      WordToken t = tokens.get(i + j);
      if (!t.key().equals(keys.get(j))) return -1;
      if (!t.word()) continue;
      String s = t.surface();
      switch (upper[j]) {
        // "OM", "CGT": only in capitals, so "om" and "Om" are not the club
        case 2 -> {
          if (s.chars().anyMatch(Character::isLowerCase)) return -1;
        }
        // a headline in capitals ("STRASBOURG —", "LE SOLEIL —") is a dateline or a shout, not the name
        case 1 -> {
          if (!Character.isUpperCase(s.charAt(0)) || (s.length() > 2 && s.chars().noneMatch(Character::isLowerCase))) return -1;
        }
        default -> {}
      }
    }
    return i + keys.size();
  }
}
