package org.vigie.nlp.entities;

import java.util.List;
import java.util.Set;
import org.vigie.core.EntityType;

/**
 * French landmarks named by a common noun and a proper name: "le château de Vincennes", "au stade
 * Percival-Molson", "la rue des Hallebardes", "au port de Montréal", "au palais de justice de
 * Montréal", "l'hémicycle Louise-Weiss". The whole phrase is one LOCATION {@code
 * new/location/<slug>} and the place or surname read inside it is no mention of its own
 * (eval/entities/README.md: the longer name wins). French writes the head noun in lower case, so
 * neither the KB nor the capitalised-name rules see these names; the head noun is the cue that
 * carries to places no list holds.
 *
 * <p>A name an institution rule already read ("collège d'Outremont", "Maison de la région") or a
 * seat the KB reads as a government inside ("palais de l'Élysée") is left as it is. "place" also
 * means a rank ("la place de la France dans l'IA"), so it takes only a name nothing was read in.
 */
final class Landmarks {
  static final String METHOD = "landmark";

  /** Folded head nouns of French landmarks; "place" and "zone" only before an unread name. */
  private static final Set<String> HEADS = Set.of(
      "stade", "chateau", "basilique", "cathedrale", "eglise", "abbaye", "palais", "rue", "avenue", "boulevard",
      "place", "ile", "port", "aeroport", "hemicycle", "parc", "mont", "vallee", "terminal", "complexe",
      "theatre", "pont", "quai", "gare", "court", "zone", "lac", "col", "massif");

  private static final Set<String> WEAK_HEADS = Set.of("place", "zone");

  private static final int MAX_NAME_WORDS = 3;

  private Landmarks() {}

  static void add(List<FieldContext> contexts, List<Mention> mentions, String language) {
    venues(contexts, mentions);
    if (!"fr".equals(language)) return;
    for (FieldContext ctx : contexts) {
      for (WordToken head : ctx.tokens) {
        if (!head.word() || !HEADS.contains(head.key())) continue;
        int end = nameEnd(ctx.text, head);
        if (end < 0) continue;
        Mention landmark = new Mention(ctx.field, head.start(), end, ctx.text.substring(head.start(), end),
            "new/location/" + GazetteerRecognizer.slug(ctx.text.substring(head.start(), end)), EntityType.LOCATION, METHOD);
        boolean weak = WEAK_HEADS.contains(head.key());
        boolean blocked = mentions.stream().anyMatch(m -> m.field() == ctx.field && m.overlaps(landmark)
            && (m.start() < landmark.start() || m.end() > landmark.end() || weak
                || (m.type() != EntityType.LOCATION && m.type() != EntityType.PERSON)));
        if (blocked) continue;
        mentions.removeIf(m -> m.field() == ctx.field && m.overlaps(landmark));
        mentions.add(landmark);
      }
    }
  }

  /** Capitalised tail words that make a venue of the name before them, in French and English. */
  private static final Set<String> TAILS = Set.of("Arena", "Aréna", "Stadium");

  /** Capitalised words that open a sentence or a phrase and are no part of a venue's name. */
  private static final Set<String> NOT_NAMES = Set.of("la", "le", "les", "l", "the", "a", "au", "aux", "at", "in", "en", "à", "de", "du", "d");

  /**
   * "la Tissot Arena", "the Tottenham Hotspur Stadium", "au Centre Bell" is not read: a
   * capitalised tail noun makes one venue of the capitalised words before it, taking over the
   * company, club or place read inside ("Allianz Arena", "London Stadium").
   */
  static void venues(List<FieldContext> contexts, List<Mention> mentions) {
    for (FieldContext ctx : contexts) {
      List<WordToken> tokens = ctx.tokens;
      for (int i = 1; i < tokens.size(); i++) {
        if (!TAILS.contains(tokens.get(i).surface())) continue;
        int first = i;
        while (first > 0 && i - first < MAX_NAME_WORDS) {
          WordToken before = tokens.get(first - 1);
          boolean spaced = tokens.get(first).start() - before.end() == 1 && ctx.text.charAt(before.end()) == ' ';
          if (!before.word() || !spaced || !Character.isUpperCase(before.surface().charAt(0)) || NOT_NAMES.contains(before.key())) break;
          first--;
        }
        if (first == i) continue;
        int start = tokens.get(first).start();
        int end = tokens.get(i).end();
        Mention venue = new Mention(ctx.field, start, end, ctx.text.substring(start, end),
            "new/location/" + GazetteerRecognizer.slug(ctx.text.substring(start, end)), EntityType.LOCATION, METHOD);
        boolean crossed = mentions.stream().anyMatch(m -> m.field() == ctx.field && m.overlaps(venue) && (m.start() < start || m.end() > end));
        if (crossed) continue;
        mentions.removeIf(m -> m.field() == ctx.field && m.overlaps(venue));
        mentions.add(venue);
      }
    }
  }

  /**
   * End of "head [de justice] [de|du|des|de la|de l'|d'] Name [Name…]", or -1 where no
   * capitalised name follows the head at once.
   */
  static int nameEnd(String text, WordToken head) {
    int i = head.end();
    if (head.key().equals("palais") && text.startsWith(" de justice", i)) i += " de justice".length();
    if (i >= text.length() || text.charAt(i) != ' ') return -1;
    i++;
    for (String connector : new String[] {"de la ", "de l'", "de l’", "des ", "du ", "de ", "d'", "d’"}) {
      if (text.startsWith(connector, i)) {
        i += connector.length();
        break;
      }
    }
    int end = -1;
    for (int words = 0; words < MAX_NAME_WORDS; words++) {
      int wordEnd = capitalisedWord(text, i);
      if (wordEnd < 0) break;
      end = wordEnd;
      if (wordEnd + 1 >= text.length() || text.charAt(wordEnd) != ' ') break;
      i = wordEnd + 1;
    }
    return end;
  }

  /** End of a capitalised word, hyphenated parts included ("Saint-Jacques"), starting at i; else -1. */
  private static int capitalisedWord(String text, int i) {
    if (i >= text.length() || !Character.isUpperCase(text.charAt(i))) return -1;
    int j = i;
    while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '-')) j++;
    while (j > i && text.charAt(j - 1) == '-') j--;
    // one capital letter alone is an initial or a list mark, not a name
    return j - i >= 2 ? j : -1;
  }
}
