package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigie.core.EntityType;
import org.vigie.nlp.text.Segmentation;

/**
 * An unnamed official quoted through their office: "A Commission spokesperson", "an Ofcom
 * spokesman", "un porte-parole de Downing Street", "une porte-parole du gouvernement". The mention
 * is the whole phrase, an OFFICIAL with a {@code new/official/} id, and it replaces the
 * institution's mention inside it: the corpus annotates the person speaking, not the
 * institution.
 */
final class SpokespersonRule implements NameRecognizer {
  static final String METHOD = "title-rule:spokesperson";
  private static final Set<String> ARTICLES = Set.of("a", "an", "un", "une");
  private static final Set<String> SPOKE = Set.of("spokesperson", "spokesman", "spokeswoman");
  private static final Set<String> INSTITUTIONS =
      Set.of("government", "office", "department", "ministry", "council", "commission", "agency", "authority", "police",
          "parliament", "executive", "service", "services", "committee", "regulator", "company", "group", "platform");
  private static final Set<String> OF_FR = Set.of("de", "du", "des", "d'", "d’");

  @Override
  public boolean replaces(Mention found, Mention earlier) {
    // the office phrase replaces the institution named inside it
    return found.method().equals(METHOD) && earlier.start() >= found.start() && earlier.end() <= found.end();
  }

  @Override
  public List<Mention> recognize(List<FieldContext> fields, String language, List<Mention> known) {
    List<Mention> found = new ArrayList<>();
    for (FieldContext ctx : fields) {
      Segmentation seg = ctx.segmentation;
      for (int t = 0; t < seg.tokenCount(); t++) {
        if (!ARTICLES.contains(TextFolding.fold(seg.token(t)))) continue;
        int end = english(ctx, seg, t, known);
        if (end < 0) end = french(ctx, seg, t, known);
        if (end < 0) continue;
        int start = seg.tokenStart(t);
        int stop = end;
        if (partyInside(ctx, known, start, stop)) continue;
        String text = ctx.text.substring(start, stop);
        found.add(new Mention(ctx.field, start, stop, text, "new/official/" + GazetteerRecognizer.slug(text), EntityType.OFFICIAL, METHOD));
      }
    }
    return found;
  }

  private static final Set<String> PARTIES = PartyCues.loadDefault().parties();

  /**
   * "A Labour spokesman", "A Plaid Cymru spokesperson": a party is a private body, whose
   * spokespeople the corpus does not annotate (eval/entities/README.md); the party keeps its mention.
   */
  private static boolean partyInside(FieldContext ctx, List<Mention> known, int start, int stop) {
    for (Mention m : known) {
      boolean party = PARTIES.contains(m.entityId()) || PartyCues.BRANCH_METHOD.equals(m.method());
      if (party && m.field() == ctx.field && m.start() >= start && m.end() <= stop) return true;
    }
    return false;
  }

  /**
   * "A [Commission|Downing Street|…] spokesperson [for the Scottish Government]": up to three
   * words between article and title, and the institution after "for".
   */
  private static int english(FieldContext ctx, Segmentation seg, int t, List<Mention> known) {
    for (int i = t + 1; i < Math.min(seg.tokenCount(), t + 5); i++) {
      String key = TextFolding.fold(seg.token(i));
      if (SPOKE.contains(key)) {
        int j = i + 1;
        if (j < seg.tokenCount() && seg.token(j).equals("for")) {
          j++;
          if (j < seg.tokenCount() && TextFolding.fold(seg.token(j)).equals("the")) j++;
          int end = j;
          boolean institution = false;
          while (end < seg.tokenCount() && Character.isUpperCase(seg.token(end).charAt(0))) {
            institution |= INSTITUTIONS.contains(TextFolding.fold(seg.token(end)));
            end++;
          }
          for (Mention m : known) {
            boolean person = m.type() == EntityType.PERSON || m.type() == EntityType.OFFICIAL;
            if (!person && m.field() == ctx.field && j < seg.tokenCount() && m.start() == seg.tokenStart(j)) return m.end();
          }
          // "for the Scottish Government" names the employer; "for Prime Minister Keir Starmer" does not
          if (institution) return seg.tokenEnd(end - 1);
        }
        return seg.tokenEnd(i);
      }
      if (!Character.isUpperCase(seg.token(i).charAt(0)) && !key.equals("government") && !key.equals("company")) return -1;
    }
    return -1;
  }

  /** "un porte-parole de/du X": the phrase runs to the end of the mention or capitalised words after "de". */
  private static int french(FieldContext ctx, Segmentation seg, int t, List<Mention> known) {
    if (t + 2 >= seg.tokenCount() || !TextFolding.fold(seg.token(t + 1)).equals("porte-parole")) return -1;
    int of = t + 2;
    if (!OF_FR.contains(TextFolding.fold(seg.token(of)))) return -1;
    int after = of + 1;
    if (after < seg.tokenCount() && (seg.token(after).equals("la") || seg.token(after).equals("l'") || seg.token(after).equals("l’"))) after++;
    if (after >= seg.tokenCount()) return -1;
    int start = seg.tokenStart(after);
    for (Mention m : known) {
      if (m.field() == ctx.field && m.start() == start) return m.end();
    }
    return -1;
  }
}
