package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.core.EntityType;
import org.vigie.nlp.text.Segmentation;

/**
 * Names the KB lacks that the article itself defines with an acronym in brackets: "Internet Watch
 * Foundation (IWF)", "Confédération des petites et moyennes entreprises (CPME)", "Parti action et
 * solidarité (PAS)". The acronym's letters must be the initials of the words before it (function
 * words skipped), so an ordinary bracket ("(AFP)", "(35-16)") makes nothing. The long name and the
 * acronym, there and wherever else the article uses it, become one entity: an institution by its
 * head word ({@link OrganizationRule#HEADS}), else an ORGANIZATION.
 */
final class AcronymRule implements NameRecognizer {
  static final String METHOD = "acronym-rule";

  private static final Set<String> FUNCTION_WORDS =
      Set.of("de", "des", "du", "d", "d'", "d’", "la", "le", "les", "l", "l'", "l’", "et", "of", "the", "and", "for",
          "à", "a", "en", "pour", "sur", "on", "in", "aux", "au", "to");

  @Override
  public boolean replaces(Mention found, Mention earlier) {
    // "Internet Watch Foundation (IWF)": the name holds the place read inside it, as the organisation rule's do
    return found.method().equals(METHOD) && OrganizationRule.replaceable(earlier, found.start(), found.end());
  }

  @Override
  public List<Mention> recognize(List<FieldContext> fields, String language, List<Mention> known) {
    List<Mention> found = new ArrayList<>();
    for (FieldContext ctx : fields) {
      Segmentation seg = ctx.segmentation;
      for (int p = 1; p + 2 < seg.tokenCount(); p++) {
        String acronym = seg.token(p + 1);
        if (!seg.token(p).equals("(") || !seg.token(p + 2).equals(")") || !isAcronym(acronym)) continue;
        int first = expansionStart(seg, p, acronym);
        if (first < 0) continue;
        int start = seg.tokenStart(first);
        int stop = seg.tokenEnd(p - 1);
        if (taken(ctx, start, stop, known, found)) continue;
        String name = ctx.text.substring(start, stop);
        EntityType type = EntityType.ORGANIZATION;
        for (int i = first; i < p; i++) {
          String key = TextFolding.fold(seg.token(i));
          EntityType head = OrganizationRule.HEADS.getOrDefault(key, PublicBodyRule.ACRONYM_HEADS.get(key));
          if (head != null) {
            type = head;
            break;
          }
        }
        type = OrganizationRule.publicCentre(seg, first, p, type); // "Centre de services scolaire de Montréal (CSSDM)"
        String id = "new/" + type.name().toLowerCase(Locale.ROOT) + "/" + GazetteerRecognizer.slug(name);
        found.add(new Mention(ctx.field, start, stop, name, id, type, METHOD));
        for (FieldContext other : fields) {
          Segmentation s = other.segmentation;
          for (int i = 0; i < s.tokenCount(); i++) {
            if (!s.token(i).equals(acronym)) continue;
            if (taken(other, s.tokenStart(i), s.tokenEnd(i), known, found)) continue;
            found.add(new Mention(other.field, s.tokenStart(i), s.tokenEnd(i), acronym, id, type, METHOD));
          }
        }
      }
    }
    return found;
  }

  /** "UTC", "UQAC", and hyphenated ones whose parts are capitals: "FNCC-CSN", "HEIA-FR". */
  private static boolean isAcronym(String tok) {
    if (tok.length() < 2 || tok.length() > 9) return false;
    String[] parts = tok.split("-", -1);
    if (parts.length > 2) return false;
    for (String part : parts) if (part.length() < 2 || !part.chars().allMatch(Character::isUpperCase)) return false;
    return true;
  }

  /**
   * First token of the words whose initials spell {@code acronym}, ending before token {@code p};
   * -1 if none. A hyphenated acronym spells its words whole ("SNES-FSU"), or its first part does
   * while its second opens the last word ("Haute école d'ingénierie et d'architecture de Fribourg
   * (HEIA-FR)"), or its first part alone spells them and the second names a parent body
   * ("Fédération nationale des communications et de la culture (FNCC-CSN)").
   */
  private static int expansionStart(Segmentation seg, int p, String acronym) {
    int dash = acronym.indexOf('-');
    if (dash < 0) return spell(seg, p, p - 1, acronym, acronym.length() - 1);
    String head = acronym.substring(0, dash);
    String tail = acronym.substring(dash + 1);
    int whole = spell(seg, p, p - 1, head + tail, head.length() + tail.length() - 1);
    if (whole >= 0) return whole;
    String last = TextFolding.fold(seg.token(p - 1)).toUpperCase(Locale.ROOT);
    if (p >= 2 && last.length() > tail.length() && last.startsWith(tail)) {
      int i = p - 2;
      while (i >= 0 && FUNCTION_WORDS.contains(seg.token(i).toLowerCase(Locale.ROOT))) i--;
      int prefixed = i >= 0 ? spell(seg, p, i, head, head.length() - 1) : -1;
      if (prefixed >= 0) return prefixed;
    }
    return spell(seg, p, p - 1, head, head.length() - 1);
  }

  /**
   * Whether the words from token {@code i} backwards spell {@code acronym} up to {@code letter}: a
   * function word is skipped or, where the acronym has its initial, spelled ("Université du Québec
   * à Chicoutimi (UQAC)"). The first word is capitalised or a head French writes in lower case
   * ("université de Technologie de Compiègne (UTC)").
   */
  private static int spell(Segmentation seg, int p, int i, String acronym, int letter) {
    if (letter < 0) return -1;
    int sentence = seg.sentenceAt(seg.tokenStart(p));
    if (i < 0 || p - i > 12) return -1;
    String tok = seg.token(i);
    if (seg.sentenceAt(seg.tokenStart(i)) != sentence || tok.isEmpty() || !Character.isLetter(tok.charAt(0))) return -1;
    char initial = TextFolding.fold(tok.substring(0, 1)).toUpperCase(Locale.ROOT).charAt(0);
    if (FUNCTION_WORDS.contains(tok.toLowerCase(Locale.ROOT)) && i != p - 1) {
      int skipped = spell(seg, p, i - 1, acronym, letter);
      if (skipped >= 0 || initial != acronym.charAt(letter) || letter == 0) return skipped;
      return spell(seg, p, i - 1, acronym, letter - 1);
    }
    if (initial != acronym.charAt(letter)) return -1;
    if (letter == 0) {
      boolean lowerHead = OrganizationRule.LOWER_HEADS.contains(TextFolding.fold(tok)) && Character.isLowerCase(tok.charAt(0));
      return Character.isUpperCase(tok.charAt(0)) || lowerHead ? i : -1;
    }
    return spell(seg, p, i - 1, acronym, letter - 1);
  }

  private static boolean taken(FieldContext ctx, int start, int stop, List<Mention> a, List<Mention> b) {
    for (Mention m : a) {
      if (m.field() == ctx.field && m.start() < stop && start < m.end() && !OrganizationRule.replaceable(m, start, stop)) return true;
    }
    for (Mention m : b) if (m.field() == ctx.field && m.start() < stop && start < m.end()) return true;
    return false;
  }
}
