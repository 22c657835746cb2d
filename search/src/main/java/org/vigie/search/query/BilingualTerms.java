package org.vigie.search.query;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The domain's key words in French and English, so that "amende" also finds "fine" and
 * "hypertrucage" finds "deepfake". Deliberately small: every group is a word an analyst searches
 * for and a translation the analyzers' stemmers cannot find. Entity names are not here; the
 * knowledge base ({@link org.vigie.core.EntityCatalog}) expands them.
 */
public final class BilingualTerms {

  /** Each line is one group of equivalent words or phrases (French and English forms). */
  private static final List<List<String>> GROUPS =
      List.of(
          List.of("deepfake", "deepfakes", "deep fake", "hypertrucage", "hypertrucages", "hypertruquage"),
          List.of("fine", "fines", "fined", "amende", "amendes", "penalty", "pénalité"),
          List.of("investigation", "investigations", "probe", "enquête", "enquêtes"),
          List.of("ban", "banned", "block", "blocked", "blocking", "interdiction", "interdire", "blocage", "bloquer", "bloqué"),
          List.of("lawsuit", "lawsuits", "procès", "poursuite", "poursuites"),
          List.of("complaint", "complaints", "plainte", "plaintes"),
          List.of("regulator", "regulators", "régulateur", "régulateurs"),
          List.of("platform", "platforms", "plateforme", "plateformes"),
          List.of("law", "laws", "loi", "lois"),
          List.of("preservation order", "injonction de conservation", "ordre de conservation"),
          List.of("information request", "demande d'informations", "demande d'information"),
          List.of("child abuse", "pédocriminalité", "pédopornographie", "csam"),
          List.of("children", "child", "minors", "enfants", "enfant", "mineurs", "mineures"),
          List.of("nude", "nudes", "nudity", "nu", "nue", "nus", "nudité"),
          List.of("undress", "undressed", "undressing", "nudify", "déshabiller", "dénuder", "dénudée", "dénudées"),
          List.of("voice clone", "voice cloning", "clonage vocal", "clone vocal", "voix clonée"),
          List.of("fraud", "scam", "scams", "fraude", "arnaque", "escroquerie"),
          List.of("election", "elections", "élection", "élections", "électoral", "électorale"),
          List.of("disinformation", "misinformation", "désinformation"),
          List.of("harassment", "harcèlement"),
          List.of("chatbot", "chatbots", "agent conversationnel", "robot conversationnel"),
          List.of("artificial intelligence", "intelligence artificielle"),
          List.of("ai", "ia"),
          List.of("sanction", "sanctions", "sanctionner", "sanctionné"),
          List.of("ombudsman", "médiateur"),
          List.of("privacy", "vie privée"),
          List.of("data protection", "protection des données"));

  private static final Map<String, List<String>> BY_FORM = index();

  private BilingualTerms() {}

  /** The group of equivalents of a word or phrase (itself included), if it is one of ours. */
  public static Optional<List<String>> equivalents(String phrase) {
    return Optional.ofNullable(BY_FORM.get(normalise(phrase)));
  }

  /** Lower case, accents removed, apostrophes unified, inner spaces collapsed. */
  public static String normalise(String s) {
    String n = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return n.replace('’', '\'').replaceAll("\\s+", " ").strip();
  }

  private static Map<String, List<String>> index() {
    Map<String, List<String>> m = new HashMap<>();
    for (List<String> g : GROUPS) {
      for (String form : g) {
        List<String> previous = m.put(normalise(form), g);
        // accented and plain spellings of one word share a group; two groups must not share a word
        if (previous != null && previous != g) throw new IllegalStateException("term in two groups: " + form);
      }
    }
    return Map.copyOf(m);
  }
}
