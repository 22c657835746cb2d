package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigie.core.EntityType;
import org.vigie.nlp.text.Segmentation;

/**
 * People the name finder misses, found by how news introduces them: a capitalised name of two to
 * four words next to a title ("la ministre déléguée au Numérique, Claire Dufresne", "Rep. Dean
 * Phillips", "Susie Hargreaves, chief executive") is an OFFICIAL; one that speaks ("Margaret
 * Okonkwo said", "selon Jean Dupont") is a PERSON. Rule ids appear in the mention's method.
 */
final class TitleRule implements NameRecognizer {
  static final Set<String> TITLES =
      Set.of(
          "ministre", "minister", "secretary", "secretaire", "porte-parole", "spokesperson", "spokesman",
          "spokeswoman", "commissioner", "commissaire", "president", "presidente", "procureur", "procureure",
          "prosecutor", "attorney", "governor", "gouverneur", "gouverneure", "senator", "senateur", "senatrice",
          "depute", "deputee", "mp", "mep", "eurodepute", "eurodeputee", "mayor", "maire", "chancellor",
          "chancelier", "chanceliere", "ambassador", "ambassadeur", "ambassadrice", "rep", "sen", "gov",
          "premier", "regulator", "official", "officials", "juge", "judge", "magistrat", "magistrate",
          "conseiller", "conseillere", "adviser", "advisor", "chief", "director", "directeur", "directrice",
          "ceo", "pdg", "chair", "chairman", "chairwoman", "head", "founder", "fondateur", "fondatrice");

  /** Titles of public office: these make an OFFICIAL; the others (chief executive…) a PERSON. */
  static final Set<String> PUBLIC_OFFICE =
      Set.of(
          "ministre", "minister", "secretary", "secretaire", "porte-parole", "spokesperson", "spokesman",
          "spokeswoman", "commissioner", "commissaire", "president", "presidente", "procureur", "procureure",
          "prosecutor", "attorney", "governor", "gouverneur", "gouverneure", "senator", "senateur", "senatrice",
          "depute", "deputee", "mp", "mep", "eurodepute", "eurodeputee", "mayor", "maire", "chancellor",
          "chancelier", "chanceliere", "ambassador", "ambassadeur", "ambassadrice", "rep", "sen", "gov",
          "premier", "official", "officials", "juge", "judge", "magistrat", "magistrate");

  static final Set<String> SPEECH =
      Set.of(
          "said", "says", "told", "added", "warned", "wrote", "explained", "argued", "insisted", "according",
          "declare", "indique", "explique", "ajoute", "estime", "affirme", "souligne", "precise", "selon",
          "confie", "assure", "rappelle", "regrette", "denonce", "juge", "a");

  private static final Set<String> NAME_PARTICLES = Set.of("de", "du", "des", "van", "von", "der", "da", "di", "le", "la", "bin", "al");

  private static final Set<String> NOT_NAMES =
      Set.of("the", "le", "la", "les", "l'", "un", "une", "a", "an", "ce", "cette", "this", "that", "mr", "mrs", "ms",
          "m", "mme", "dr", "sir", "lord", "lady", "dame");

  @Override
  public List<Mention> recognize(List<FieldContext> fields, String language, List<Mention> known) {
    List<Mention> found = new ArrayList<>();
    for (FieldContext ctx : fields) {
      Segmentation seg = ctx.segmentation;
      int t = 0;
      while (t < seg.tokenCount()) {
        int end = nameEnd(seg, t);
        if (end - t < 2 || !looksLikeAName(seg, t, end) || overlaps(ctx, seg.tokenStart(t), seg.tokenEnd(end - 1), known, found)) {
          t++;
          continue;
        }
        int sentence = seg.sentenceAt(seg.tokenStart(t));
        String title = titleNear(seg, t, end, sentence);
        EntityType type = null;
        String method = null;
        if (title != null) {
          type = PUBLIC_OFFICE.contains(title) ? EntityType.OFFICIAL : EntityType.PERSON;
          method = "title-rule:" + title;
        } else if (speaks(seg, t, end, sentence)) {
          type = EntityType.PERSON;
          method = "title-rule:speaker";
        }
        if (type != null) {
          int start = seg.tokenStart(t);
          int stop = seg.tokenEnd(end - 1);
          String text = ctx.text.substring(start, stop);
          String id = "new/" + type.name().toLowerCase(java.util.Locale.ROOT) + "/" + GazetteerRecognizer.slug(text);
          found.add(new Mention(ctx.field, start, stop, text, id, type, method));
          t = end;
        } else {
          t++;
        }
      }
    }
    return found;
  }

  /** Not a title or an institution written with capitals ("Prime Minister", "Scottish Government"). */
  private static boolean looksLikeAName(Segmentation seg, int t, int end) {
    for (int i = t; i < end; i++) {
      String key = TextFolding.fold(seg.token(i));
      if (TITLES.contains(key) || INSTITUTION.contains(key)) return false;
    }
    return true;
  }

  private static final Set<String> INSTITUTION =
      Set.of("government", "gouvernement", "parliament", "parlement", "ministry", "ministere", "office", "council",
          "conseil", "commission", "department", "agency", "agence", "authority", "autorite", "court", "tribunal",
          "police", "house", "senate", "senat", "assembly", "assemblee", "party", "parti", "union", "university",
          "universite", "foundation", "fondation", "street", "act", "loi", "bill", "minister", "ministre",
          "first", "prime", "secretary", "state", "etat", "federal", "national", "nationale", "european",
          "europeenne", "news", "times", "post", "media", "group", "groupe", "inc", "ltd", "corp");

  /** Whether a public office's title stands among the six tokens before token {@code t}. */
  static boolean officeBefore(Segmentation seg, int t, int sentence) {
    for (int i = t - 1; i >= Math.max(0, t - 6); i--) {
      if (seg.sentenceAt(seg.tokenStart(i)) != sentence) break;
      if (PUBLIC_OFFICE.contains(TextFolding.fold(seg.token(i)).replace(".", ""))) return true;
    }
    return false;
  }

  /** End of a run of capitalised words (with inner particles) starting at {@code t}, or {@code t}. */
  private static int nameEnd(Segmentation seg, int t) {
    if (!capitalised(seg.token(t)) || NOT_NAMES.contains(TextFolding.fold(seg.token(t)))) return t;
    int end = t + 1;
    while (end < seg.tokenCount() && end - t < 4) {
      String tok = seg.token(end);
      if (capitalised(tok) && !NOT_NAMES.contains(TextFolding.fold(tok))) {
        end++;
      } else if (NAME_PARTICLES.contains(tok) && end + 1 < seg.tokenCount() && capitalised(seg.token(end + 1))) {
        end += 2;
      } else {
        break;
      }
    }
    return end;
  }

  private static boolean capitalised(String tok) {
    if (tok.length() < 2 || !Character.isUpperCase(tok.charAt(0))) return false;
    for (int i = 1; i < tok.length(); i++) {
      char c = tok.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’') return false;
    }
    return !tok.chars().allMatch(c -> Character.isUpperCase(c) || c == '-'); // not an acronym
  }

  /** A title word among the six tokens before the name ("la ministre déléguée au Numérique, X"), or right after its comma. */
  private static String titleNear(Segmentation seg, int t, int end, int sentence) {
    for (int i = t - 1; i >= Math.max(0, t - 6); i--) {
      if (seg.sentenceAt(seg.tokenStart(i)) != sentence) break;
      String key = TextFolding.fold(seg.token(i)).replace(".", "");
      if (TITLES.contains(key)) return key;
    }
    if (end + 1 < seg.tokenCount() && seg.token(end).equals(",")) {
      for (int i = end + 1; i < Math.min(seg.tokenCount(), end + 4); i++) {
        String key = TextFolding.fold(seg.token(i)).replace(".", "");
        if (TITLES.contains(key)) return key;
      }
    }
    return null;
  }

  /** "Name said", "said Name", "selon Name", "Name a déclaré". */
  private static boolean speaks(Segmentation seg, int t, int end, int sentence) {
    if (end < seg.tokenCount() && SPEECH.contains(TextFolding.fold(seg.token(end)))) {
      String next = end + 1 < seg.tokenCount() ? TextFolding.fold(seg.token(end + 1)) : "";
      return !TextFolding.fold(seg.token(end)).equals("a") || next.startsWith("declar") || next.startsWith("indiqu")
          || next.startsWith("expliqu") || next.startsWith("affirm") || next.startsWith("ajout");
    }
    if (t > 0 && seg.sentenceAt(seg.tokenStart(t - 1)) == sentence) {
      String prev = TextFolding.fold(seg.token(t - 1));
      return prev.equals("said") || prev.equals("selon") || prev.equals("says") || prev.equals("told");
    }
    return false;
  }

  private static boolean overlaps(FieldContext ctx, int start, int end, List<Mention> a, List<Mention> b) {
    for (Mention m : a) if (m.field() == ctx.field && m.start() < end && start < m.end()) return true;
    for (Mention m : b) if (m.field() == ctx.field && m.start() < end && start < m.end()) return true;
    return false;
  }
}
