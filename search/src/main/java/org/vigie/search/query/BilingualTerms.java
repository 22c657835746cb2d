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

  /** A word or phrase of a group and the language it is a word of. */
  public record Term(String text, String language) {}

  /**
   * Each line is one group of equivalent words or phrases: English forms, then French forms. A form
   * the French press uses as is ("deepfake", "CSAM", "sanction") is listed in both.
   */
  private static final List<Group> GROUPS =
      List.of(
          group(en("deepfake", "deepfakes", "deep fake"), fr("deepfake", "deepfakes", "hypertrucage", "hypertrucages", "hypertruquage")),
          group(en("fine", "fines", "fined", "penalty"), fr("amende", "amendes", "pénalité")),
          group(en("investigation", "investigations", "probe"), fr("enquête", "enquêtes", "investigation", "investigations")),
          group(en("ban", "banned", "block", "blocked", "blocking"), fr("interdiction", "interdire", "blocage", "bloquer", "bloqué")),
          group(en("lawsuit", "lawsuits"), fr("procès", "poursuite", "poursuites")),
          group(en("complaint", "complaints"), fr("plainte", "plaintes")),
          group(en("regulator", "regulators"), fr("régulateur", "régulateurs")),
          group(en("platform", "platforms"), fr("plateforme", "plateformes")),
          group(en("law", "laws"), fr("loi", "lois")),
          group(en("preservation order"), fr("injonction de conservation", "ordre de conservation")),
          group(en("information request"), fr("demande d'informations", "demande d'information")),
          group(en("child abuse", "csam"), fr("pédocriminalité", "pédopornographie", "csam")),
          group(en("children", "child", "minors"), fr("enfants", "enfant", "mineurs", "mineures")),
          group(en("nude", "nudes", "nudity"), fr("nu", "nue", "nus", "nudité")),
          group(en("undress", "undressed", "undressing", "nudify"), fr("déshabiller", "dénuder", "dénudée", "dénudées")),
          group(en("voice clone", "voice cloning"), fr("clonage vocal", "clone vocal", "voix clonée")),
          group(en("fraud", "scam", "scams"), fr("fraude", "arnaque", "escroquerie")),
          group(en("election", "elections"), fr("élection", "élections", "électoral", "électorale")),
          group(en("disinformation", "misinformation"), fr("désinformation")),
          group(en("harassment"), fr("harcèlement")),
          group(en("chatbot", "chatbots"), fr("chatbot", "chatbots", "agent conversationnel", "robot conversationnel")),
          group(en("artificial intelligence"), fr("intelligence artificielle")),
          group(en("ai"), fr("ia")),
          group(en("sanction", "sanctions"), fr("sanction", "sanctions", "sanctionner", "sanctionné")),
          group(en("ombudsman"), fr("médiateur")),
          group(en("privacy"), fr("vie privée")),
          group(en("data protection"), fr("protection des données")));

  private record Group(List<Term> terms) {}

  private static List<Term> en(String... forms) {
    return java.util.Arrays.stream(forms).map(f -> new Term(f, "en")).toList();
  }

  private static List<Term> fr(String... forms) {
    return java.util.Arrays.stream(forms).map(f -> new Term(f, "fr")).toList();
  }

  private static Group group(List<Term> en, List<Term> fr) {
    List<Term> all = new java.util.ArrayList<>(en);
    all.addAll(fr);
    return new Group(List.copyOf(all));
  }

  private static final Map<String, Group> BY_FORM = index();

  private BilingualTerms() {}

  /**
   * The group of equivalents of a word or phrase (itself included), each with its language, if it
   * is one of ours. A translation is a word of its own language only: searched in the other
   * language's fields, the other analyzer cuts it into an unrelated stem (English "fine" is a
   * French adjective).
   */
  public static Optional<List<Term>> equivalents(String phrase) {
    return Optional.ofNullable(BY_FORM.get(normalise(phrase))).map(Group::terms);
  }

  /** Lower case, accents removed, apostrophes unified, inner spaces collapsed. */
  public static String normalise(String s) {
    String n = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return n.replace('’', '\'').replaceAll("\\s+", " ").strip();
  }

  private static Map<String, Group> index() {
    Map<String, Group> m = new HashMap<>();
    for (Group g : GROUPS) {
      for (Term t : g.terms()) {
        String form = t.text();
        Group previous = m.put(normalise(form), g);
        // accented and plain spellings of one word share a group; two groups must not share a word
        if (previous != null && previous != g) throw new IllegalStateException("term in two groups: " + form);
      }
    }
    return Map.copyOf(m);
  }
}
