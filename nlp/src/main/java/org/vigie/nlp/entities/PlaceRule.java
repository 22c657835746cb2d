package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigie.core.EntityType;
import org.vigie.nlp.text.Segmentation;

/**
 * Places the KB lacks, found where news puts them: a capitalised name of one to three words right
 * after a locative preposition ("in Leicester", "à Saint-Nazaire", "near Bletchley Park") is a
 * LOCATION, unless it is a month, a day or an institution ("in Parliament", "à Matignon" are
 * not places here).
 */
final class PlaceRule implements NameRecognizer {
  static final String METHOD = "place-rule";

  private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "outside", "à", "près", "depuis", "vers", "en");

  private static final Set<String> NOT_PLACES =
      Set.of(
          "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
          "decembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "parliament",
          "parlement", "court", "government", "gouvernement", "matignon", "elysee", "bercy", "congress", "senate",
          "the", "a", "an", "this", "his", "her", "their", "its", "le", "la", "les", "l", "un", "une", "ce", "cette",
          "i", "we", "he", "she", "they", "it", "il", "elle", "ils", "elles", "nous", "vous", "english", "french",
          "anglais", "francais", "europe", "ai", "ia", "brief", "total", "person", "public", "time",
          "practice", "addition", "response", "fact", "particular", "order", "office", "power", "charge",
          "conseil", "bourse", "commission", "ligue", "coupe", "premiere", "seance", "direct", "cause", "effet",
          "revanche", "outre", "attendant", "clair", "bref", "somme", "marge", "british", "american", "european",
          "scottish", "irish", "welsh", "canadian", "australian", "belgian", "swiss", "german", "italian", "spanish",
          "chinese", "indian", "russian", "ukrainian", "britannique", "americain", "americaine", "europeen",
          "europeenne");

  @Override
  public List<Mention> recognize(List<FieldContext> fields, String language, List<Mention> known) {
    List<Mention> found = new ArrayList<>();
    for (FieldContext ctx : fields) {
      Segmentation seg = ctx.segmentation;
      if (ctx.field == org.vigie.core.TextField.BODY) dateline(ctx, known, found);
      for (int t = 0; t + 1 < seg.tokenCount(); t++) {
        if (!LOCATIVES.contains(seg.token(t).toLowerCase(java.util.Locale.ROOT))) continue;
        int first = t + 1;
        if (seg.token(t).equalsIgnoreCase("près") && first < seg.tokenCount() && seg.token(first).equals("de")) first++;
        int end = first;
        while (end < seg.tokenCount() && end - first < 3 && capitalised(seg.token(end))
            && !NOT_PLACES.contains(TextFolding.fold(seg.token(end)))) {
          end++;
        }
        if (end == first) continue;
        if (add(ctx, seg.tokenStart(first), nameEnd(seg, end - 1), known, found)) coordinated(ctx, end, known, found);
      }
      for (int t = 0; t < seg.tokenCount(); t++) {
        // "Cambridge-based", "UK-based": the place a body is based in
        String tok = seg.token(t);
        if (tok.length() > 7 && tok.endsWith("-based") && capitalised(tok.substring(0, tok.length() - 6))) {
          add(ctx, seg.tokenStart(t), seg.tokenStart(t) + tok.length() - 6, known, found);
        } else if (t + 1 < seg.tokenCount() && capitalised(tok) && seg.tokenEnd(t) == seg.tokenStart(t + 1)
            && (seg.token(t + 1).equals("-based")
                || seg.token(t + 1).equals("-") && t + 2 < seg.tokenCount() && seg.token(t + 2).equals("based"))) {
          add(ctx, seg.tokenStart(t), seg.tokenEnd(t), known, found);
        }
      }
    }
    return found;
  }

  /** End offset of token {@code t} without a possessive "'s" ("In Edinburgh's financial district"). */
  private static int nameEnd(Segmentation seg, int t) {
    String tok = seg.token(t);
    int stop = seg.tokenEnd(t);
    return tok.endsWith("'s") || tok.endsWith("’s") ? stop - 2 : stop;
  }

  /** "in Greenwich and Blackheath", "en Bretagne et en Normandie": a place coordinated with a place. */
  private void coordinated(FieldContext ctx, int t, List<Mention> known, List<Mention> found) {
    Segmentation seg = ctx.segmentation;
    if (t + 1 >= seg.tokenCount() || !Set.of("and", "et", "or", "ou").contains(seg.token(t))) return;
    int first = t + 1;
    int end = first;
    while (end < seg.tokenCount() && end - first < 3 && capitalised(seg.token(end))
        && !NOT_PLACES.contains(TextFolding.fold(seg.token(end)))) {
      end++;
    }
    if (end > first) add(ctx, seg.tokenStart(first), nameEnd(seg, end - 1), known, found);
  }

  private static boolean add(FieldContext ctx, int start, int stop, List<Mention> known, List<Mention> found) {
    if (stop <= start) return false;
    for (Mention m : known) if (m.field() == ctx.field && m.start() < stop && start < m.end()) return false;
    for (Mention m : found) if (m.field() == ctx.field && m.start() < stop && start < m.end()) return false;
    String text = ctx.text.substring(start, stop);
    found.add(new Mention(ctx.field, start, stop, text, "new/location/" + GazetteerRecognizer.slug(text), EntityType.LOCATION, METHOD));
    return true;
  }

  /**
   * "BUCAREST — Du jamais-vu…", "LA HAYE — …", "CHIȘINĂU (Reuters) — …": a body opening with a
   * name in capitals before a dash or a bracket names where the story was filed.
   */
  private static void dateline(FieldContext ctx, List<Mention> known, List<Mention> found) {
    Segmentation seg = ctx.segmentation;
    int end = 0;
    while (end < seg.tokenCount() && end < 4 && isUpperWord(seg.token(end))) end++;
    if (end == 0 || end >= seg.tokenCount()) return;
    String next = seg.token(end);
    if (!next.equals("—") && !next.equals("–") && !next.equals("-") && !next.equals("(") && !next.equals(",")) return;
    int start = seg.tokenStart(0);
    int stop = seg.tokenEnd(end - 1);
    for (Mention m : known) if (m.field() == ctx.field && m.start() < stop && start < m.end()) return;
    String text = ctx.text.substring(start, stop);
    found.add(new Mention(ctx.field, start, stop, text, "new/location/" + GazetteerRecognizer.slug(text), EntityType.LOCATION, METHOD));
  }

  private static boolean isUpperWord(String tok) {
    return tok.length() >= 2 && tok.chars().anyMatch(Character::isLetter)
        && tok.chars().allMatch(c -> Character.isUpperCase(c) || c == '-' || c == '\'' || c == '’' || c == '.');
  }

  private static boolean capitalised(String tok) {
    if (tok.length() < 2 || !Character.isUpperCase(tok.charAt(0))) return false;
    int hyphen = tok.indexOf('-');
    if (hyphen > 0 && tok.substring(0, hyphen).chars().allMatch(Character::isUpperCase)) return false; // "AI-generated"
    return tok.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’')
        && !tok.chars().allMatch(c -> Character.isUpperCase(c) || c == '-'); // not an acronym
  }
}
