package org.vigie.nlp.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The context rules for ambiguous names, loaded from {@code rules/entities/context.yml}, and
 * their evaluation against a mention's neighbourhood.
 */
public final class ContextRules {
  public static final String DEFAULT_RESOURCE = "rules/entities/context.yml";

  private final String version;
  private final List<ContextRule> rules;
  private final Map<String, List<ContextRule>> byEntity = new HashMap<>();
  private final Map<org.vigie.core.EntityType, List<ContextRule>> byType = new HashMap<>();

  /** What a rule says of one mention. */
  sealed interface Verdict {
    /** @param typeLevel accepted by a rule about the entity's type, weaker evidence than its own rule */
    record Accepted(String ruleId, boolean typeLevel) implements Verdict {}

    record Rejected(String ruleId) implements Verdict {}

    /** No cue either way: the mention may still be accepted by discourse. */
    record Undecided(String ruleId, boolean discourse) implements Verdict {}

    record NoRule() implements Verdict {}
  }

  ContextRules(String version, List<ContextRule> rules) {
    this.version = version;
    this.rules = List.copyOf(rules);
    for (ContextRule r : rules) {
      Map<String, List<List<String>>> index = new HashMap<>();
      for (List<String> p : r.acceptSentence()) index.computeIfAbsent(p.getFirst(), k -> new ArrayList<>()).add(p);
      sentenceIndex.put(r.id(), index);
      if (r.entity() != null) byEntity.computeIfAbsent(r.entity(), k -> new ArrayList<>()).add(r);
      else byType.computeIfAbsent(r.type(), k -> new ArrayList<>()).add(r);
    }
  }

  public static ContextRules loadDefault() {
    try (InputStream in = ContextRules.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) throw new IllegalStateException("context rules " + DEFAULT_RESOURCE + " are not on the classpath");
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
    }
  }

  public static ContextRules load(InputStream in) throws IOException {
    JsonNode root = new YAMLMapper().readTree(in);
    Map<String, List<String>> sets = new HashMap<>();
    // a set may include a set defined above it
    root.path("sets").fields().forEachRemaining(e -> sets.put(e.getKey(), strings(e.getValue(), sets)));
    List<ContextRule> rules = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (JsonNode r : root.path("rules")) {
      String id = r.path("id").asText(null);
      if (id == null || !ids.add(id)) throw new IllegalStateException("context rule without a unique id: " + r);
      JsonNode accept = r.path("accept");
      JsonNode reject = r.path("reject");
      String type = r.path("type").asText(null);
      rules.add(
          new ContextRule(
              id,
              r.path("entity").asText(null),
              type == null ? null : org.vigie.core.EntityType.valueOf(type),
              strings(r.path("names"), sets),
              phrases(accept.path("before"), sets),
              phrases(accept.path("after"), sets),
              phrases(accept.path("sentence"), sets),
              phrases(reject.path("before"), sets),
              phrases(reject.path("after"), sets),
              reject.path("capitalizedNext").asBoolean(false),
              r.path("discourse").asBoolean(true),
              r.path("scope").asText("any").equals("place-names"),
              new java.util.HashSet<>(
                  strings(accept.path("verbNextExcept"), sets).stream().map(TextFolding::fold).toList())));
    }
    return new ContextRules(root.path("version").asText("0"), rules);
  }

  public String version() {
    return version;
  }

  public List<ContextRule> rules() {
    return rules;
  }

  /**
   * Judges reading the name at word tokens [first, end) of {@code ctx} as {@code entity}: with the
   * entity's rules that list {@code name}, else its rules that list no name, else the rules of its
   * type.
   */
  Verdict judge(KbEntity entity, String name, boolean placeName, FieldContext ctx, int first, int end) {
    List<ContextRule> candidates = applicable(entity, name, placeName);
    if (candidates.isEmpty()) return new Verdict.NoRule();
    Verdict undecided = null;
    for (ContextRule rule : candidates) {
      if (rejects(rule, ctx, first, end)) return new Verdict.Rejected(rule.id());
    }
    for (ContextRule rule : candidates) {
      if (accepts(rule, ctx, first, end)) return new Verdict.Accepted(rule.id(), rule.entity() == null);
      if (undecided == null) undecided = new Verdict.Undecided(rule.id(), rule.discourse());
    }
    return undecided;
  }

  private List<ContextRule> applicable(KbEntity entity, String name, boolean placeName) {
    List<ContextRule> ofEntity = byEntity.getOrDefault(entity.id(), List.of());
    String key = KnowledgeBase.phraseKey(name);
    List<ContextRule> named = new ArrayList<>();
    List<ContextRule> general = new ArrayList<>();
    for (ContextRule r : ofEntity) {
      if (r.names().isEmpty()) general.add(r);
      else if (r.names().stream().anyMatch(n -> KnowledgeBase.phraseKey(n).equals(key))) named.add(r);
    }
    if (!named.isEmpty()) return named;
    if (!general.isEmpty()) return general;
    return byType.getOrDefault(entity.type(), List.of()).stream().filter(r -> r.placeNamesOnly() == placeName).toList();
  }

  private static boolean rejects(ContextRule rule, FieldContext ctx, int first, int end) {
    if (rule.rejectCapitalizedNext() && end - first == 1) {
      // "WASHINGTON —", "LONDRES (AFP)": a dateline names where the story was filed
      String surface = ctx.tokens.get(first).surface();
      if (surface.length() >= 4 && surface.chars().noneMatch(Character::isLowerCase)) return true;
    }
    // the more specific cue wins: "transmises à Paris" accepts what the bare locative "à" rejects,
    // "plainte contre X" rejects what "contre" accepts
    int accepted = 0;
    for (List<String> p : rule.acceptBefore()) if (p.size() > accepted && endsBefore(p, ctx, first)) accepted = p.size();
    for (List<String> p : rule.rejectBefore()) if (p.size() >= accepted && endsBefore(p, ctx, first)) return true;
    for (List<String> p : rule.rejectAfter()) if (startsAfter(p, ctx, end)) return true;
    if (rule.rejectCapitalizedNext() && end < ctx.tokens.size()) {
      WordToken next = ctx.tokens.get(end);
      // a heading without a full stop runs into the next paragraph in one "sentence" ("La
      // ministre renvoie à Bruxelles⏎Au banc du gouvernement…"): a line break ends the name
      boolean adjacent = next.word() && ctx.sentenceOf(end) == ctx.sentenceOf(end - 1)
          && ctx.text.substring(ctx.tokens.get(end - 1).end(), next.start()).indexOf('\n') < 0;
      if (adjacent && Character.isUpperCase(next.surface().charAt(0))) return true;
    }
    return false;
  }

  private boolean accepts(ContextRule rule, FieldContext ctx, int first, int end) {
    for (List<String> p : rule.acceptBefore()) if (endsBefore(p, ctx, first)) return true;
    int predicate = predicateStart(ctx, end);
    for (List<String> p : rule.acceptAfter()) {
      if (startsAfter(p, ctx, end) || (predicate != end && startsAfter(p, ctx, predicate))) return true;
    }
    if (!rule.verbNextExcept().isEmpty() && predicate < ctx.tokens.size()) {
      WordToken next = ctx.tokens.get(predicate);
      if (next.word() && ctx.sentenceOf(predicate) == ctx.sentenceOf(end - 1)
          && Character.isLowerCase(next.surface().charAt(0)) && !rule.verbNextExcept().contains(next.key())) {
        return true;
      }
    }
    return anyInSentence(rule, ctx, first, end);
  }

  private static final java.util.Set<String> COORDINATION =
      java.util.Set.of(",", "et", "and", "ou", "or", "l", "la", "le", "les", "the", "also", "aussi", "egalement",
          "deja", "already", "meme", "itself", "lui", "elle", "too");

  /**
   * Where the predicate of a coordinated subject starts: after ", l'Inde et la Malaisie" in
   * "Le Royaume-Uni, l'Inde et la Malaisie ont exigé", or after "également". Returns {@code end}
   * when nothing is skipped.
   */
  private static int predicateStart(FieldContext ctx, int end) {
    int sentence = end > 0 ? ctx.sentenceOf(end - 1) : 0;
    int i = end;
    int limit = Math.min(ctx.tokens.size(), end + 10);
    while (i < limit && ctx.sentenceOf(i) == sentence) {
      WordToken t = ctx.tokens.get(i);
      boolean skip = COORDINATION.contains(t.key()) || (t.word() && Character.isUpperCase(t.surface().charAt(0)) && i > end);
      if (!skip) break;
      i++;
    }
    // French clitics stand between a subject and its verb: "Le Canada n'envisage pas", "Berne
    // s'est engagée", "Bruxelles nous demande"
    while (i < limit && ctx.sentenceOf(i) == sentence && isClitic(ctx, i)) i++;
    return i;
  }

  private static final java.util.Set<String> CLITICS = java.util.Set.of("ne", "n", "se", "nous", "vous", "leur", "me", "m", "te");

  /** A French clitic pronoun or negation; "s" only elided ("s'est"), never the English possessive ("EU's"). */
  private static boolean isClitic(FieldContext ctx, int i) {
    WordToken t = ctx.tokens.get(i);
    if (!t.word()) return false;
    boolean elided = t.end() < ctx.text.length() && (ctx.text.charAt(t.end()) == '\'' || ctx.text.charAt(t.end()) == '’');
    if (t.key().equals("s")) return elided;
    if (t.key().equals("n") || t.key().equals("m")) return elided;
    return CLITICS.contains(t.key()) && !Character.isUpperCase(t.surface().charAt(0));
  }

  /** Articles that may stand between a cue and the name it governs ("in the UK", "dans l'UE"). */
  private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "l", "la", "le", "les");

  /**
   * Phrase words, punctuation skipped, end at the word before {@code first}, in the same sentence;
   * one article between the phrase and the name is allowed ("in the UK", "dans l'UE", "contre la
   * France") unless the phrase names its own.
   */
  private static boolean endsBefore(List<String> phrase, FieldContext ctx, int first) {
    if (endsAt(phrase, ctx, first, first - 1)) return true;
    if (ARTICLES.contains(phrase.getLast())) return false;
    int i = first - 1;
    while (i >= 0 && !ctx.tokens.get(i).word() && !isStop(ctx, i)) i--;
    if (i < 0 || !ctx.tokens.get(i).word() || ctx.sentenceOf(i) != ctx.sentenceOf(first)) return false;
    return ARTICLES.contains(ctx.tokens.get(i).key()) && endsAt(phrase, ctx, first, i - 1);
  }

  private static boolean endsAt(List<String> phrase, FieldContext ctx, int first, int last) {
    int sentence = ctx.sentenceOf(first);
    int i = last;
    for (int k = phrase.size() - 1; k >= 0; k--) {
      while (i >= 0 && !ctx.tokens.get(i).word() && !isStop(ctx, i)) i--;
      if (i < 0 || !ctx.tokens.get(i).word() || ctx.sentenceOf(i) != sentence) return false;
      if (!ctx.tokens.get(i).key().equals(phrase.get(k))) return false;
      i--;
    }
    return true;
  }

  private static boolean startsAfter(List<String> phrase, FieldContext ctx, int end) {
    int sentence = ctx.sentenceOf(end - 1);
    int i = end;
    for (String word : phrase) {
      while (i < ctx.tokens.size() && !ctx.tokens.get(i).word() && !isStop(ctx, i)) i++;
      if (i >= ctx.tokens.size() || !ctx.tokens.get(i).word() || ctx.sentenceOf(i) != sentence) return false;
      if (!ctx.tokens.get(i).key().equals(word)) return false;
      i++;
    }
    return true;
  }

  /** Sentence cues of a rule by their first word, so a sentence is read once per rule, not once per cue. */
  private final Map<String, Map<String, List<List<String>>>> sentenceIndex = new HashMap<>();

  private Map<String, List<List<String>>> sentenceCues(ContextRule rule) {
    return sentenceIndex.get(rule.id());
  }

  private boolean anyInSentence(ContextRule rule, FieldContext ctx, int first, int end) {
    Map<String, List<List<String>>> index = sentenceCues(rule);
    if (index.isEmpty()) return false;
    int sentence = ctx.sentenceOf(first);
    int from = first;
    while (from > 0 && ctx.sentenceOf(from - 1) == sentence) from--;
    for (int i = from; i < ctx.tokens.size() && ctx.sentenceOf(i) == sentence; i++) {
      if (i >= first && i < end) continue;
      List<List<String>> phrases = index.get(ctx.tokens.get(i).key());
      if (phrases == null) continue;
      for (List<String> p : phrases) if (inSentenceAt(p, ctx, i, first, end)) return true;
    }
    return false;
  }

  /** Whether {@code phrase} starts at token {@code i}, punctuation skipped, outside the mention. */
  private static boolean inSentenceAt(List<String> phrase, FieldContext ctx, int i, int first, int end) {
    int sentence = ctx.sentenceOf(i);
    int j = i;
    int k = 0;
    while (k < phrase.size() && j < ctx.tokens.size() && ctx.sentenceOf(j) == sentence) {
      WordToken t = ctx.tokens.get(j);
      if (!t.word()) {
        j++;
        continue;
      }
      if ((j >= first && j < end) || !t.key().equals(phrase.get(k))) return false;
      j++;
      k++;
    }
    return k == phrase.size();
  }

  /**
   * Marks that end a clause: a cue never reaches across them. The dot of a short abbreviation
   * ("M. X", "Mr. X", "Dr. X") does not end anything.
   */
  private static boolean isStop(FieldContext ctx, int i) {
    WordToken t = ctx.tokens.get(i);
    return switch (t.surface()) {
      case ";", "!", "?", ":" -> true;
      case "." -> {
        WordToken prev = i > 0 ? ctx.tokens.get(i - 1) : null;
        yield prev == null || !prev.word() || prev.end() != t.start() || prev.surface().length() > 3;
      }
      default -> false;
    };
  }

  private static List<List<String>> phrases(JsonNode node, Map<String, List<String>> sets) {
    List<List<String>> out = new ArrayList<>();
    for (String s : strings(node, sets)) {
      List<String> keys = WordTokenizer.keys(s);
      if (!keys.isEmpty()) out.add(List.copyOf(keys));
    }
    return out;
  }

  /** Strings of a list, where "@name" expands to the set of that name. */
  private static List<String> strings(JsonNode node, Map<String, List<String>> sets) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : node) {
      String s = n.asText("");
      if (s.startsWith("@")) {
        List<String> set = sets.get(s.substring(1));
        if (set == null) throw new IllegalStateException("unknown phrase set " + s);
        out.addAll(set);
      } else if (!s.isBlank()) {
        out.add(s);
      }
    }
    return out;
  }
}
