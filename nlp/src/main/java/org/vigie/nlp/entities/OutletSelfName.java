package org.vigie.nlp.entities;

import java.util.List;
import java.util.Locale;
import org.vigie.core.EntityType;

/**
 * "n'a pas répondu aux sollicitations de La Boussole", "Contacted by The Ledger": an outlet names
 * itself in its own articles, and its name is the outlet's, a COMPANY (eval/entities/README.md),
 * whatever a gazetteer or the name finder reads in its words ("Carrefour", "Boussole"). The outlet
 * is known by its source id, which is its name's slug ("la-boussole", "leveilleur"), so this
 * carries to any configured outlet without a list of names.
 */
final class OutletSelfName {
  static final String METHOD = "outlet-self-name";
  /** The longest outlet name matched, in words. */
  private static final int MAX_WORDS = 5;

  private OutletSelfName() {}

  /** Adds the outlet's own name wherever written capitalised; {@code sourceId} may be null (then nothing). */
  static void add(List<FieldContext> contexts, List<Mention> mentions, String sourceId) {
    if (sourceId == null) return;
    String target = alnum(sourceId.toLowerCase(Locale.ROOT));
    // one word would be a common name ("Le Temps" is two; "Mediapart" stands alone but rarely
    // names itself in the text): too short a target matches ordinary words
    if (target.length() < 6) return;
    for (FieldContext ctx : contexts) {
      List<WordToken> tokens = ctx.tokens;
      for (int i = 0; i < tokens.size(); i++) {
        if (!tokens.get(i).word() || !Character.isUpperCase(tokens.get(i).surface().charAt(0))) continue;
        StringBuilder joined = new StringBuilder();
        int words = 0;
        for (int j = i; j < tokens.size() && words < MAX_WORDS; j++) {
          WordToken t = tokens.get(j);
          if (!t.word()) {
            // "L’Express": an elided article's apostrophe belongs to the name
            if (j > i && (t.surface().equals("'") || t.surface().equals("’"))) continue;
            break;
          }
          if (!Character.isUpperCase(t.surface().charAt(0))) break;
          joined.append(alnum(t.key()));
          words++;
          if (joined.length() > target.length() || !target.startsWith(joined.toString())) break;
          if (joined.length() == target.length()) {
            place(ctx, mentions, tokens.get(i).start(), t.end());
            i = j;
            break;
          }
        }
      }
    }
  }

  /** The ASCII letters and digits of a folded key ("l'express" → "lexpress"), without a regex per token. */
  private static String alnum(String key) {
    StringBuilder out = new StringBuilder(key.length());
    for (int c = 0; c < key.length(); c++) {
      char ch = key.charAt(c);
      if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) out.append(ch);
    }
    return out.toString();
  }

  private static void place(FieldContext ctx, List<Mention> mentions, int start, int end) {
    String text = ctx.text.substring(start, end);
    Mention self =
        new Mention(ctx.field, start, end, text, "new/company/" + GazetteerRecognizer.slug(text), EntityType.COMPANY, METHOD);
    // a KB entry for the outlet itself keeps its id
    boolean known = mentions.stream().anyMatch(m -> m.field() == ctx.field && m.start() == start && m.end() == end && m.type() == EntityType.COMPANY);
    if (known) return;
    mentions.removeIf(self::overlaps);
    mentions.add(self);
  }
}
