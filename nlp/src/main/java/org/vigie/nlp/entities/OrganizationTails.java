package org.vigie.nlp.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.core.EntityType;

/**
 * Where an organisation's name runs on past the words that found it. French names carry their
 * purpose in lower case after "pour", "contre", "sur" ("Fondation Suisse pour la Protection de
 * l'Enfant", "Hôpital de Montréal pour enfants", "Ensemble contre la cyberviolence"), which the
 * capitalised run stops before; and a national or local branch is the organisation's name then its
 * place ("Amnesty Suisse", "ECPAT France", "Save the Children UK"), a name of its own rather than
 * the parent plus a place.
 */
final class OrganizationTails {
  static final String PURPOSE_METHOD = "org-rule+purpose";
  static final String BRANCH_METHOD = "gazetteer+branch";

  private static final Set<String> PURPOSES = Set.of("pour", "contre", "sur");
  private static final Set<String> ARTICLES = Set.of("la", "le", "les", "l", "du", "des", "d");
  private static final Set<String> LINKS = Set.of("de", "du", "des", "d", "et");
  private static final Set<String> APOSTROPHES = Set.of("'", "’");
  private static final Set<String> NOT_NOUNS = Set.of("ses", "son", "sa", "leurs", "leur", "ces", "ce", "cette", "nos", "vos", "mes", "tes");
  /** The longest purpose phrase, in tokens: beyond it the words are the sentence's, not the name's. */
  private static final int MAX_TAIL = 14;

  private OrganizationTails() {}

  static void extend(List<FieldContext> contexts, List<Mention> mentions, String language) {
    for (Mention m : List.copyOf(mentions)) {
      if (m.type() != EntityType.ORGANIZATION || !mentions.contains(m)) continue;
      FieldContext ctx = contexts.stream().filter(c -> c.field == m.field()).findFirst().orElse(null);
      if (ctx == null) continue;
      int next = firstTokenAt(ctx.tokens, m.end());
      if (next < 0 || !ctx.text.substring(m.end(), ctx.tokens.get(next).start()).equals(" ")) continue;
      int end = -1;
      String method = null;
      if (language.equals("fr") && m.method().startsWith(OrganizationRule.METHOD)) {
        end = purposeEnd(ctx.tokens, next);
        method = PURPOSE_METHOD;
      } else if (m.method().startsWith("gazetteer") && !m.entityId().startsWith("new/")) {
        end = branchEnd(ctx, mentions, next);
        method = BRANCH_METHOD;
      }
      if (end < 0) continue;
      int start = m.start();
      int stop = ctx.tokens.get(end - 1).end();
      // the tail may hold names of its own only wholly ("Montréal", "Suisse"); one running past it wins
      boolean crossed = mentions.stream().anyMatch(o -> o != m && o.overlaps(new Mention(m.field(), m.end(), stop, "", "", m.type(), ""))
          && o.end() > stop);
      if (crossed) continue;
      String text = ctx.text.substring(start, stop);
      Mention longer = new Mention(m.field(), start, stop, text, "new/organization/" + GazetteerRecognizer.slug(text), EntityType.ORGANIZATION, method);
      mentions.removeIf(o -> o.field() == m.field() && o.start() >= start && o.end() <= stop);
      mentions.add(longer);
    }
  }

  private static int firstTokenAt(List<WordToken> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < tokens.size() ? lo : -1;
  }

  /** End (exclusive token index) of "pour la protection de l'enfant" from {@code at}, or -1. */
  private static int purposeEnd(List<WordToken> tokens, int at) {
    if (!PURPOSES.contains(tokens.get(at).key())) return -1;
    int i = at + 1;
    boolean article = false;
    if (i < tokens.size() && ARTICLES.contains(tokens.get(i).key())) {
      article = true;
      i++;
      if (i < tokens.size() && APOSTROPHES.contains(tokens.get(i).surface())) i++;
    }
    if (i >= tokens.size() || !tokens.get(i).word()) return -1;
    String noun = tokens.get(i).key();
    // "Academy pour ses entraînements": a possessive or demonstrative opens the sentence's phrase
    if (NOT_NOUNS.contains(noun)) return -1;
    // "pour enfants", but not "pour obtenir": without an article the noun must read as a plural
    if (!article && !(noun.endsWith("s") || noun.endsWith("x"))) return -1;
    int end = i + 1;
    while (end < tokens.size() && end - at < MAX_TAIL) {
      WordToken t = tokens.get(end);
      String lower = t.surface().toLowerCase(Locale.ROOT);
      if (t.word() && LINKS.contains(t.key())) {
        int j = end + 1;
        if (j < tokens.size() && APOSTROPHES.contains(tokens.get(j).surface())) j++;
        if (j < tokens.size() && ARTICLES.contains(tokens.get(j).key()) && !t.key().equals("d")) {
          j++;
          if (j < tokens.size() && APOSTROPHES.contains(tokens.get(j).surface())) j++;
        }
        if (j >= tokens.size() || !tokens.get(j).word()) break;
        end = j + 1;
      } else if (t.word() && Character.isLowerCase(t.surface().charAt(0))
          && OrganizationRule.FRENCH_ADJECTIVE_ENDINGS.stream().anyMatch(lower::endsWith)
          && !TitleRule.SPEECH.contains(t.key())) {
        end++;
      } else {
        break;
      }
    }
    return end;
  }

  /** End of a branch's place right after the organisation ("ECPAT France"), or -1. */
  private static int branchEnd(FieldContext ctx, List<Mention> mentions, int at) {
    WordToken first = ctx.tokens.get(at);
    Mention place =
        mentions.stream()
            .filter(o -> o.field() == ctx.field && o.start() == first.start() && o.type() == EntityType.LOCATION)
            .findFirst()
            .orElse(null);
    if (place == null) return -1;
    int end = at;
    while (end < ctx.tokens.size() && ctx.tokens.get(end).end() <= place.end()) end++;
    // "Amnesty Suisse, qui…", "d'ECPAT France." — but "Amnesty Suisse Romande" is another name
    if (end < ctx.tokens.size() && ctx.tokens.get(end).word() && Character.isUpperCase(ctx.tokens.get(end).surface().charAt(0))) return -1;
    return end;
  }
}
