package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigie.core.EntityType;

/**
 * People news names by a given name alone, to protect them or because it is all a victim gave:
 * "Jacqueline, 84 ans, habitante de Neuilly", "une étudiante de 21 ans, Maëlys, a porté plainte",
 * "sa fille Xana", "leur fils Adam", "Son petit-fils, Jean-Philippe, était…". A listed given name
 * ({@link GivenNameRule}) with its age after it, or after an age or a kinship noun, is a PERSON
 * {@code new/person/<slug>}, and so is the same name, capitalised, elsewhere in the article. Where
 * the KB holds a person of that given name whose surname the article names ("Adam" in a story about
 * the Raine family), the mention is that person.
 */
final class LoneGivenNames implements NameRecognizer {
  static final String METHOD = "lone-given-name";

  private final KnowledgeBase kb;

  LoneGivenNames(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** ", 84 ans", ", 23 ans,", ", 84," (English ages) right after the name. */
  private static final Pattern AGE_AFTER = Pattern.compile("^\\s*,\\s*(?:\\d{1,3}\\s*ans\\b|\\d{1,3}\\s*,|aged \\d{1,3}\\b)");
  /** "de 21 ans, " before the name. */
  private static final Pattern AGE_BEFORE = Pattern.compile("\\b\\d{1,3}\\s*ans\\s*,\\s*$");
  private static final Set<String> KIN =
      Set.of("fils", "fille", "petit-fils", "petite-fille", "frere", "soeur", "mere", "pere", "epoux", "epouse", "mari",
          "son", "daughter", "grandson", "granddaughter", "brother", "sister", "mother", "father", "husband", "wife");

  @Override
  public List<Mention> recognize(List<FieldContext> fields, String language, List<Mention> known) {
    List<Mention> out = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (FieldContext ctx : fields) {
      for (int i = 0; i < ctx.tokens.size(); i++) {
        int j = candidate(ctx, i, known, out);
        if (j < 0) continue;
        int from = ctx.tokens.get(i).start();
        int to = ctx.tokens.get(j - 1).end();
        String after = ctx.text.substring(to, Math.min(ctx.text.length(), to + 16));
        String before = ctx.text.substring(Math.max(0, from - 16), from);
        // "sa fille Xana", "Son petit-fils, Jean-Philippe": the comma is a token of its own
        int k = i > 0 && ctx.tokens.get(i - 1).surface().equals(",") ? i - 2 : i - 1;
        boolean kin = k >= 0 && ctx.tokens.get(k).word() && KIN.contains(kinKey(ctx, k))
            && ctx.text.substring(ctx.tokens.get(k).end(), from).matches("\\s*,?\\s*");
        if (AGE_AFTER.matcher(after).find() || AGE_BEFORE.matcher(before).find() || kin) {
          out.add(mention(ctx, from, to, fields));
          names.add(TextFolding.fold(ctx.text.substring(from, to)));
        }
        i = j - 1;
      }
    }
    if (names.isEmpty()) return out;
    for (FieldContext ctx : fields) {
      for (int i = 0; i < ctx.tokens.size(); i++) {
        int j = candidate(ctx, i, known, out);
        if (j < 0) continue;
        int from = ctx.tokens.get(i).start();
        int to = ctx.tokens.get(j - 1).end();
        if (names.contains(TextFolding.fold(ctx.text.substring(from, to)))) out.add(mention(ctx, from, to, fields));
        i = j - 1;
      }
    }
    return out;
  }

  /** "petit-fils" is two tokens ("petit", "fils"): the noun with its hyphenated prefix. */
  private static String kinKey(FieldContext ctx, int k) {
    String key = ctx.tokens.get(k).key();
    if (k > 0 && ctx.text.startsWith("-", ctx.tokens.get(k - 1).end()) && ctx.tokens.get(k - 1).end() + 1 == ctx.tokens.get(k).start()) {
      return ctx.tokens.get(k - 1).key() + "-" + key;
    }
    return key;
  }

  /**
   * End token of a capitalised listed given name standing alone at {@code i} ("Léa",
   * "Jean-Philippe"): no capitalised word glued to it, no mention over it; -1 if none.
   */
  private static int candidate(FieldContext ctx, int i, List<Mention> known, List<Mention> found) {
    WordToken t = ctx.tokens.get(i);
    if (!t.word() || !Character.isUpperCase(t.surface().charAt(0)) || t.surface().length() < 3) return -1;
    if (t.surface().chars().noneMatch(Character::isLowerCase)) return -1;
    int j = i + 1;
    while (j < ctx.tokens.size() && ctx.tokens.get(j).word() && Character.isUpperCase(ctx.tokens.get(j).surface().charAt(0))
        && ctx.tokens.get(j - 1).end() + 1 == ctx.tokens.get(j).start() && ctx.text.charAt(ctx.tokens.get(j - 1).end()) == '-') {
      j++;
    }
    int from = t.start();
    int to = ctx.tokens.get(j - 1).end();
    String surface = ctx.text.substring(from, to);
    if (!GivenNameRule.givenName(surface) || GivenNameRule.isAmbiguous(surface)) return -1;
    if (!ClubRule.wholeName(ctx, i, j)) return -1;
    for (Mention m : known) if (m.field() == ctx.field && m.start() < to && from < m.end()) return -1;
    for (Mention m : found) if (m.field() == ctx.field && m.start() < to && from < m.end()) return -1;
    return j;
  }

  private Mention mention(FieldContext ctx, int from, int to, List<FieldContext> fields) {
    String text = ctx.text.substring(from, to);
    String key = TextFolding.fold(text);
    String id = "new/person/" + GazetteerRecognizer.slug(text).toLowerCase(Locale.ROOT);
    for (KbEntity e : kb.entities()) {
      if (e.type() != EntityType.PERSON) continue;
      String label = e.labels().getOrDefault("en", e.labels().values().stream().findFirst().orElse(""));
      int space = label.lastIndexOf(' ');
      if (space < 0 || !TextFolding.fold(label.substring(0, label.indexOf(' '))).equals(key)) continue;
      String surname = label.substring(space + 1);
      if (fields.stream().anyMatch(f -> f.text.contains(surname))) {
        id = e.id();
        break;
      }
    }
    return new Mention(ctx.field, from, to, text, id, EntityType.PERSON, METHOD);
  }
}
