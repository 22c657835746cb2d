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
  record Entry(String entityId, String name, List<String> surfaces, boolean needsCapital, boolean ambiguous) {}

  private static final class Node {
    final Map<String, Node> children = new HashMap<>(4);
    List<Entry> entries = List.of();
  }

  private final Node root = new Node();
  private int size;

  static Gazetteer build(KnowledgeBase kb, ContextRules rules) {
    Gazetteer g = new Gazetteer();
    for (KbEntity e : kb.entities()) {
      for (String name : e.names()) {
        g.add(e.id(), name, false, e.ambiguous().contains(name));
      }
      for (String abbreviation : e.abbreviations()) {
        g.add(e.id(), abbreviation, true, e.ambiguous().contains(abbreviation));
      }
    }
    for (ContextRule rule : rules.rules()) {
      if (rule.entity() == null || kb.entity(rule.entity()).isEmpty()) continue; // type rules add no names; rules for entities a small KB lacks stay idle
      for (String name : rule.names()) g.add(rule.entity(), name, false, true);
    }
    return g;
  }

  private void add(String entityId, String name, boolean caseSensitive, boolean ambiguous) {
    List<String> keys = WordTokenizer.nameKeys(name);
    if (keys.isEmpty() || !Character.isLetterOrDigit(keys.getFirst().charAt(0))) return;
    Node node = root;
    for (String key : keys) node = node.children.computeIfAbsent(key, k -> new Node());
    List<String> surfaces = caseSensitive ? WordTokenizer.surfaces(name) : null;
    boolean needsCapital = !caseSensitive && keys.size() == 1 && TextFolding.hasUpperCase(name);
    Entry entry = new Entry(entityId, name, surfaces, needsCapital, ambiguous);
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
      // punctuation is crossed only where a name has it ("X (ex-Twitter)"); a dot never is
      node = t.surface().equals(".") && !t.word() ? null : node.children.get(t.key());
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
