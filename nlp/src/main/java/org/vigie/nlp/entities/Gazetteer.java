package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A token trie of every name in the knowledge base (and every context-dependent name the
 * {@link ContextRules} add), built once and then read by any number of threads.
 */
final class Gazetteer {
  /**
   * One way of naming an entity.
   *
   * @param surfaces for a case-sensitive abbreviation, its words as written; {@code null} for a
   *     case-insensitive alias
   * @param needsCapital a one-word alias written with a capital ("Meta", "Signal") matches only
   *     text with a capital too, so the common word "meta" or "signal" never links
   * @param ambiguous accepted only where a context rule fires
   */
  record Entry(
      String entityId,
      String name,
      List<String> surfaces,
      boolean needsCapital,
      boolean ambiguous,
      boolean placeName,
      boolean label) {}

  /**
   * Words that make a government's name an institution ("UK government", "Home Office") rather
   * than a place that may stand for it ("UK", "Royaume-Uni", "Texas").
   */
  private static final java.util.Set<String> INSTITUTION_WORDS =
      java.util.Set.of(
          "government", "gouvernement", "administration", "ministry", "ministere", "department", "departement",
          "cabinet", "executive", "executif", "council", "conseil", "parliament", "parlement", "house", "chambre",
          "senate", "senat", "congress", "congres", "assembly", "assemblee", "commission", "office", "agency",
          "agence", "state", "etat", "federal", "federale", "secretariat", "secretary", "minister", "ministre",
          "presidency", "presidence", "court", "cour", "tribunal", "police", "street", "hall", "bureau",
          "confederation", "centre", "center", "elysee", "matignon", "kremlin", "whitehall", "westminster", "maison",
          "palais", "palace");

  private static final class Node {
    final Map<String, Node> children = new HashMap<>(4);
    List<Entry> entries = List.of();
  }

  private final Node root = new Node();
  private int size;

  /** A trie of the names of the KB's offices ("Technology Secretary", "Premier ministre"); entries carry office ids. */
  static Gazetteer offices(KnowledgeBase kb) {
    Gazetteer g = new Gazetteer();
    for (KbOffice o : kb.offices()) {
      for (String name : o.names()) g.add(o.id(), name, false, false, false, true);
    }
    return g;
  }

  static Gazetteer build(KnowledgeBase kb, ContextRules rules) {
    Gazetteer g = new Gazetteer();
    // A government's name is a place name when a KB place bears it too ("UK", "Royaume-Uni",
    // "Texas", "EU", "Ottawa"): the country, region or seat may be the place only. Acronyms and
    // seats of institutions alone ("DETEC", "Beauvau", "Justice Canada") are not places.
    java.util.Set<String> placeKeys = new java.util.HashSet<>();
    for (KbEntity e : kb.entities()) {
      if (e.type() != org.vigie.core.EntityType.LOCATION) continue;
      e.names().forEach(n -> placeKeys.add(KnowledgeBase.phraseKey(n)));
      e.abbreviations().forEach(n -> placeKeys.add(KnowledgeBase.phraseKey(n)));
    }
    for (KbEntity e : kb.entities()) {
      boolean government = e.type() == org.vigie.core.EntityType.GOVERNMENT;
      java.util.Set<String> labels = new java.util.HashSet<>(e.labels().values());
      for (String name : e.names()) {
        // an all-capitals alias ("UN", "ICO") is an acronym: matched as written, never "Un"
        boolean acronym = name.length() >= 2 && name.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
        boolean placeName = government && isPlaceName(name) && placeKeys.contains(KnowledgeBase.phraseKey(name));
        g.add(e.id(), name, acronym, e.ambiguous().contains(name), placeName, labels.contains(name));
      }
      for (String abbreviation : e.abbreviations()) {
        boolean placeName = government && placeKeys.contains(KnowledgeBase.phraseKey(abbreviation));
        g.add(e.id(), abbreviation, true, e.ambiguous().contains(abbreviation), placeName, true);
      }
      String surname = surname(e);
      if (surname != null) g.add(e.id(), surname, false, true, false, false);
    }
    for (ContextRule rule : rules.rules()) {
      if (rule.entity() == null || kb.entity(rule.entity()).isEmpty()) continue; // type rules add no names; rules for entities a small KB lacks stay idle
      for (String name : rule.names()) g.add(rule.entity(), name, false, true, false, false);
    }
    return g;
  }

  /**
   * A person's surname ("Regnier" of "Thomas Regnier", "Le Hénanff" of "Anne Le Hénanff"), an
   * ambiguous name: it links only where the article also names the person in full.
   */
  static String surname(KbEntity e) {
    if (e.type() != org.vigie.core.EntityType.PERSON && e.type() != org.vigie.core.EntityType.OFFICIAL) return null;
    String label = e.label("en");
    int space = label.indexOf(' ');
    if (space < 0 || label.contains("(")) return null;
    String rest = label.substring(space + 1).strip();
    return rest.isEmpty() || !Character.isUpperCase(rest.charAt(0)) ? null : rest;
  }

  /** A capitalised name without an institution word: a country, region or city. */
  static boolean isPlaceName(String name) {
    if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) return false;
    for (String key : WordTokenizer.keys(name)) {
      if (INSTITUTION_WORDS.contains(key)) return false;
    }
    return true;
  }

  private void add(
      String entityId, String name, boolean caseSensitive, boolean ambiguous, boolean placeName, boolean label) {
    List<String> keys = WordTokenizer.nameKeys(name);
    if (keys.isEmpty() || !Character.isLetterOrDigit(keys.getFirst().charAt(0))) return;
    Node node = root;
    for (String key : keys) node = node.children.computeIfAbsent(key, k -> new Node());
    List<String> surfaces = caseSensitive ? WordTokenizer.surfaces(name) : null;
    boolean needsCapital = !caseSensitive && keys.size() == 1 && TextFolding.hasUpperCase(name);
    Entry entry = new Entry(entityId, name, surfaces, needsCapital, ambiguous, placeName, label);
    if (node.entries.contains(entry)) return; // a name listed in both languages
    List<Entry> entries = new ArrayList<>(node.entries);
    entries.add(entry);
    node.entries = List.copyOf(entries);
    size++;
  }

  int size() {
    return size;
  }

  /** A span of words matched by a name and the entries it may stand for. */
  record Match(int firstToken, int endToken, List<Entry> entries) {}

  /** Every name starting at word token {@code first}, longest first. */
  List<Match> matchesAt(List<WordToken> tokens, int first) {
    List<Match> matches = new ArrayList<>(2);
    Node node = root;
    if (!tokens.get(first).word()) return matches;
    for (int i = first; i < tokens.size(); i++) {
      WordToken t = tokens.get(i);
      // punctuation is crossed only where a name has it ("X (ex-Twitter)"); a dot never is,
      // except inside a word ("Character.AI"), where names drop it too
      if (!t.word() && t.surface().equals(".")) {
        boolean inner = i > first && i + 1 < tokens.size() && tokens.get(i - 1).end() == t.start()
            && tokens.get(i + 1).start() == t.end() && tokens.get(i + 1).word();
        if (inner) continue;
        break;
      }
      node = node.children.get(t.key());
      if (node == null) break;
      if (!node.entries.isEmpty()) matches.add(new Match(first, i + 1, node.entries));
    }
    java.util.Collections.reverse(matches);
    return matches;
  }

  /** Whether the text of tokens [first, end) is written as {@code entry} requires. */
  static boolean caseFits(Entry entry, List<WordToken> tokens, int first, int end) {
    if (entry.surfaces() != null) {
      if (entry.surfaces().size() != end - first) return false;
      for (int i = first; i < end; i++) {
        if (!tokens.get(i).surface().equals(entry.surfaces().get(i - first))) return false;
      }
      return true;
    }
    if (entry.needsCapital()) return TextFolding.hasUpperCase(tokens.get(first).surface());
    return true;
  }
}
