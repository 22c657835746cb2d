package org.vigie.nlp.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.core.EntityType;

/**
 * Institutions named by one bare capitalised word that, in the press of one country, means that
 * country's own: "le Parlement adopte" in a French paper, "aux Communes" in a Quebec one, "les
 * dotations de l'État", "sous la Coupole" in a Swiss one, "before Parliament" in a British one
 * ({@code institutions/bare-names.tsv}). Only with the outlet's country, which says whose; a
 * qualifier after the word names another institution ("Parlement californien", "État membre",
 * "État de New York") and a capitalised word before it a longer name ("Scottish Parliament"),
 * so both are left. "Parlement" in a sentence about the EU is the European Parliament.
 */
final class BareInstitutions {
  static final String METHOD = "bare-institution";
  static final String RESOURCE = "/institutions/bare-names.tsv";
  private static final String EUROPEAN_PARLIAMENT = "government/european-parliament";

  /** word as written → outlet country → id */
  private static final Map<String, Map<String, String>> BY_WORD = load();

  // a determiner before the word at a sentence's start ("Le Parlement adopte")
  private static final Set<String> DETERMINERS = Set.of("le", "la", "les", "l", "au", "aux", "du", "the");
  // what follows the bare word without making it part of a longer name
  private static final Set<String> OF = Set.of("de", "d", "des", "du", "of", "for");
  // adjective endings of French qualifiers: "californien", "wallon", "européen", "fédéral", "moldave"
  private static final List<String> QUALIFIER_ENDINGS =
      List.of("ien", "ienne", "ais", "aise", "ois", "oise", "ain", "aine", "éen", "éenne", "al", "ale", "and", "ande",
          "ique", "ave", "on", "onne", "ol", "ole", "membre", "membres", "islamique", "partie", "parties", "major",
          "civil", "hébreu", "providence", "profond");
  // the EU in the sentence makes "Parlement" Strasbourg's
  private static final Set<String> EU_WORDS =
      Set.of("europeen", "europeenne", "europeens", "eurodepute", "eurodeputes", "eurodeputee", "metsola", "ue", "eu",
          "european", "meps", "mep", "strasbourg");

  private BareInstitutions() {}

  private static Map<String, Map<String, String>> load() {
    Map<String, Map<String, String>> byWord = new HashMap<>();
    for (TsvRows.Row row : TsvRows.read(RESOURCE, 3)) {
      String[] c = row.columns();
      if (byWord.computeIfAbsent(c[0], k -> new HashMap<>()).put(c[1], c[2]) != null) {
        throw new IllegalStateException(RESOURCE + ":" + row.number() + ": " + c[0] + " listed twice for " + c[1]);
      }
    }
    return byWord;
  }

  /** Adds the bare names no other mention covers; {@code outletCountry} may be null (then nothing). */
  static void add(List<FieldContext> contexts, List<Mention> mentions, String outletCountry) {
    if (outletCountry == null) return;
    // where the article is about the United States, "l'État" is as likely one of its states
    boolean federated = contexts.stream().anyMatch(BareInstitutions::namesTheUnitedStates);
    for (FieldContext ctx : contexts) {
      List<WordToken> tokens = ctx.tokens;
      for (int i = 0; i < tokens.size(); i++) {
        WordToken t = tokens.get(i);
        Map<String, String> byCountry = BY_WORD.get(t.surface());
        if (byCountry == null) continue;
        String id = byCountry.get(outletCountry);
        if (id == null || !standsAlone(ctx, i)) continue;
        if (t.surface().equals("État") && (federated || !(i > 0 && tokens.get(i - 1).key().equals("l")))) continue;
        if (t.surface().equals("Parlement") && aboutTheEu(ctx, i)) id = EUROPEAN_PARLIAMENT;
        Mention m = new Mention(ctx.field, t.start(), t.end(), t.surface(), id, EntityType.GOVERNMENT, METHOD);
        if (mentions.stream().noneMatch(m::overlaps)) mentions.add(m);
      }
    }
  }

  private static boolean standsAlone(FieldContext ctx, int i) {
    int sentence = ctx.sentenceOf(i);
    if (i > 0 && ctx.sentenceOf(i - 1) == sentence) {
      WordToken before = ctx.tokens.get(i - 1);
      boolean capitalised = before.word() && Character.isUpperCase(before.surface().charAt(0));
      if (capitalised && !DETERMINERS.contains(before.key())) return false;
      // "chef de l'État", "Conseil d'État", "secrétaire d'État" are other names
      if (before.key().equals("d")) return false;
      if (i > 2 && before.key().equals("l") && ctx.tokens.get(i - 2).key().equals("de")
          && ctx.tokens.get(i - 3).key().matches("chef|cheffe|surete|tete|secret|raison|affaire|coup|conseil|ministre")) {
        return false;
      }
    }
    // "État-providence", "Parlement-Europe": a compound is another word
    int after = ctx.tokens.get(i).end();
    if (after < ctx.text.length() && ctx.text.charAt(after) == '-') return false;
    if (i + 1 < ctx.tokens.size() && ctx.sentenceOf(i + 1) == sentence) {
      WordToken next = ctx.tokens.get(i + 1);
      if (!next.word()) return true;
      if (Character.isUpperCase(next.surface().charAt(0)) || OF.contains(next.key())) return false;
      String word = next.surface().toLowerCase(java.util.Locale.ROOT);
      // short words are conjunctions and prepositions ("and", "on"), never qualifiers
      if (word.length() > 3 && QUALIFIER_ENDINGS.stream().anyMatch(word::endsWith)) return false;
    }
    return true;
  }

  // the French-speaking cantons whose executive is a "Conseil d'État", by the words that name them
  private static final Map<String, String> CANTON_BY_WORD = Map.ofEntries(
      Map.entry("neuchatel", "canton-de-neuchatel"), Map.entry("neuchatelois", "canton-de-neuchatel"),
      Map.entry("neuchateloise", "canton-de-neuchatel"), Map.entry("fribourg", "canton-de-fribourg"),
      Map.entry("fribourgeois", "canton-de-fribourg"), Map.entry("fribourgeoise", "canton-de-fribourg"),
      Map.entry("vaud", "canton-de-vaud"), Map.entry("vaudois", "canton-de-vaud"), Map.entry("vaudoise", "canton-de-vaud"),
      Map.entry("geneve", "canton-de-geneve"), Map.entry("genevois", "canton-de-geneve"),
      Map.entry("genevoise", "canton-de-geneve"), Map.entry("valais", "canton-du-valais"),
      Map.entry("valaisan", "canton-du-valais"), Map.entry("valaisanne", "canton-du-valais"),
      Map.entry("jura", "canton-du-jura"), Map.entry("jurassien", "canton-du-jura"), Map.entry("jurassienne", "canton-du-jura"));

  /**
   * In a Swiss paper "le Conseil d'État" is a canton's executive, not France's council: the one of
   * the French-speaking canton the article names most ("Grand Conseil neuchâtelois", "À
   * Neuchâtel"); left as it is where the article names none.
   */
  static void cantonalCouncils(List<FieldContext> contexts, List<Mention> mentions, String outletCountry) {
    if (!"CH".equals(outletCountry)) return;
    Map<String, Integer> named = new HashMap<>();
    for (FieldContext ctx : contexts) {
      for (int i = 0; i < ctx.tokens.size(); i++) {
        String canton = CANTON_BY_WORD.get(ctx.tokens.get(i).key());
        // the Bernese Jura is no canton of its own
        if (canton == null || (i + 1 < ctx.tokens.size() && ctx.tokens.get(i + 1).key().equals("bernois"))) continue;
        named.merge(canton, 1, Integer::sum);
      }
    }
    String canton = named.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).orElse(null);
    if (canton == null) return;
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      if (m.type() != EntityType.GOVERNMENT || !TextFolding.fold(m.text()).replace('’', '\'').equals("conseil d'etat")) continue;
      mentions.set(k, new Mention(m.field(), m.start(), m.end(), m.text(), "new/government/" + canton, EntityType.GOVERNMENT, m.method() + "+cantonal"));
    }
  }

  private static boolean namesTheUnitedStates(FieldContext ctx) {
    for (int k = 0; k < ctx.tokens.size(); k++) {
      String key = ctx.tokens.get(k).key();
      if (key.startsWith("americain")) return true;
      if (key.equals("etats") && k + 1 < ctx.tokens.size() && ctx.tokens.get(k + 1).key().equals("unis")) return true;
    }
    return false;
  }

  private static boolean aboutTheEu(FieldContext ctx, int i) {
    int sentence = ctx.sentenceOf(i);
    for (int k = 0; k < ctx.tokens.size(); k++) {
      if (ctx.sentenceOf(k) == sentence && EU_WORDS.contains(ctx.tokens.get(k).key())) return true;
    }
    return false;
  }
}
