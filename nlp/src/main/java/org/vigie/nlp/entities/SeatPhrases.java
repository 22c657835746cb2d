package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Offices that many hold at once ("député", "eurodéputé", "US Senator"): a seat, not a post. The
 * bare word names nobody in particular, so, as eval/entities/README.md has it, "le député" used
 * anaphorically is no mention, and "le député Renaissance de l'Essonne Paul Midy" or
 * "l'eurodéputée LR Catherine Vogt-Dillmann" is a title before a name (the name is the mention).
 * Only a seat qualified so that it picks out one person and named by nobody after it is an
 * OFFICIAL of its own: "Le député sortant", "La députée des Yvelines", "une députée insoumise",
 * "un député de Loire-Atlantique".
 */
final class SeatPhrases {
  private SeatPhrases() {}

  private static final Set<String> DETERMINERS = Set.of("le", "la", "l", "the", "un", "une", "a", "an");
  /** A former holder is described, not named by office: "Ancienne députée fédérale". */
  private static final Set<String> FORMER = Set.of("ancien", "ancienne", "ex", "former", "late");
  /**
   * Post-nominal words that single out one holder: outgoing, or a party's member named by its
   * adjective. A nationality or region ("allemand", "alsacien") qualifies a seat only before a
   * name, which makes it a title anyway.
   */
  private static final Set<String> QUALIFIERS =
      Set.of("sortant", "sortante", "insoumis", "insoumise", "socialiste", "communiste", "ecologiste", "centriste",
          "macroniste", "frontiste", "outgoing");
  private static final Set<String> OF = Set.of("de", "du", "des", "d", "of", "for");

  /**
   * Offices two officials of the knowledge base hold together for months: a hand-over recorded on
   * the same day, or a tenure whose start is unknown, makes no seat.
   */
  static Set<String> seats(KnowledgeBase kb) {
    List<KbRole> roles = new ArrayList<>();
    for (KbEntity e : kb.entities()) roles.addAll(e.roles());
    Set<String> seats = new HashSet<>();
    for (int a = 0; a < roles.size(); a++) {
      for (int b = a + 1; b < roles.size(); b++) {
        KbRole x = roles.get(a);
        KbRole y = roles.get(b);
        if (x.office().equals(y.office()) && overlap(x, y)) seats.add(x.office());
      }
    }
    return Set.copyOf(seats);
  }

  private static boolean overlap(KbRole x, KbRole y) {
    if (x.from() == null || y.from() == null) return false;
    java.time.LocalDate open = java.time.LocalDate.of(9999, 1, 1);
    java.time.LocalDate start = x.from().isAfter(y.from()) ? x.from() : y.from();
    java.time.LocalDate xEnd = x.to() == null ? open : x.to();
    java.time.LocalDate yEnd = y.to() == null ? open : y.to();
    java.time.LocalDate end = xEnd.isBefore(yEnd) ? xEnd : yEnd;
    return java.time.temporal.ChronoUnit.DAYS.between(start, end) > 90;
  }

  /**
   * The tokens {@code [start, end)} of the seat phrase whose office words are {@code
   * [first, last)}, with its determiner and qualifiers; {@code null} where it is bare, a former
   * post or a title before a name.
   */
  static int[] qualified(FieldContext ctx, int first, int last) {
    List<WordToken> tokens = ctx.tokens;
    int start = first;
    if (start > 0 && tokens.get(start - 1).word() && DETERMINERS.contains(tokens.get(start - 1).key())) start--;
    if (start > 0 && tokens.get(start - 1).word() && FORMER.contains(tokens.get(start - 1).key())) return null;
    // "Laure Miller, députée de la Marne": in apposition to the name it is a title
    if (start > 1 && tokens.get(start - 1).surface().equals(",") && capitalised(tokens.get(start - 2))) return null;
    int end = last;
    boolean qualified = false;
    if (end < tokens.size() && tokens.get(end).word() && QUALIFIERS.contains(tokens.get(end).key())) {
      end++;
      qualified = true;
    }
    if (end + 1 < tokens.size() && tokens.get(end).word() && OF.contains(tokens.get(end).key())) {
      int j = end + 1;
      if (j < tokens.size() && tokens.get(j).word() && (tokens.get(j).key().equals("la") || tokens.get(j).key().equals("l"))) j++;
      int name = capitalisedRun(ctx, j);
      if (name > j) {
        end = name;
        qualified = true;
      }
    }
    if (!qualified || nameFollows(ctx, end)) return null;
    return new int[] {start, end};
  }

  /** End of the hyphen-joined capitalised words at {@code j} ("Loire-Atlantique", "Yvelines"). */
  private static int capitalisedRun(FieldContext ctx, int j) {
    List<WordToken> tokens = ctx.tokens;
    if (j >= tokens.size() || !capitalised(tokens.get(j))) return j;
    int k = j + 1;
    while (k < tokens.size() && capitalised(tokens.get(k)) && hyphenBetween(ctx, k - 1, k)) k++;
    return k;
  }

  /**
   * Whether a person's name (two capitalised words side by side) comes within a few words, before
   * any punctuation: "le député du Bas-Rhin Christophe Ungerer-Baldé".
   */
  private static boolean nameFollows(FieldContext ctx, int from) {
    List<WordToken> tokens = ctx.tokens;
    for (int k = from; k + 1 < tokens.size() && k < from + 5; k++) {
      WordToken t = tokens.get(k);
      WordToken next = tokens.get(k + 1);
      if (!t.word() || ctx.sentenceOf(k) != ctx.sentenceOf(from - 1)) return false;
      if (punctuationBetween(ctx, k, k + 1)) return false;
      if (capitalised(t) && capitalised(next) && next.word() && ctx.text.substring(t.end(), next.start()).isBlank()) return true;
    }
    return false;
  }

  private static boolean capitalised(WordToken t) {
    return t.word() && Character.isUpperCase(t.surface().charAt(0));
  }

  private static boolean hyphenBetween(FieldContext ctx, int a, int b) {
    String gap = ctx.text.substring(ctx.tokens.get(a).end(), ctx.tokens.get(b).start());
    return gap.length() == 1 && "-\u2010\u2011\u2013".indexOf(gap.charAt(0)) >= 0;
  }

  private static boolean punctuationBetween(FieldContext ctx, int a, int b) {
    String gap = ctx.text.substring(ctx.tokens.get(a).end(), ctx.tokens.get(b).start());
    for (int c = 0; c < gap.length(); c++) {
      char ch = gap.charAt(c);
      if (!Character.isWhitespace(ch) && "-\u2010\u2011'\u2019".indexOf(ch) < 0) return true;
    }
    return !ctx.tokens.get(b).word();
  }
}
