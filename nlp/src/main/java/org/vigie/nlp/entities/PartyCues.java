package org.vigie.nlp.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.vigie.nlp.entities.ContextRules.Verdict;

/**
 * Political context for the KB's parties, whose short names are ordinary words ("Renaissance",
 * "Horizons", "Coalition", "Greens") or shared between countries ("PS", "Conservatives"), so the
 * KB marks them ambiguous and an uncued mention is dropped. A capitalised party name whose
 * neighbourhood is politics ("Le RN a voté contre", "la sénatrice LR du Rhône", "l'UDC plaide",
 * "Democrats control both chambers") is accepted as that party's own cue, which also makes its
 * other mentions follow it (one sense per discourse); {@link CountryPrior} then picks which
 * country's "PS". One in lower case ("en marché", "les écologistes") is the word. The cues are data ({@code rules/entities/parties.yml}, in context.yml's phrase
 * syntax) and reuse {@link ContextRules}' matching.
 */
final class PartyCues {
  static final String DEFAULT_RESOURCE = "rules/entities/parties.yml";
  static final String RULE_ID = "party-in-politics";
  static final String LOWER_CASE_ID = "party-in-lower-case";

  private final Set<String> parties;
  private final ContextRules cues;

  private PartyCues(Set<String> parties, ContextRules cues) {
    this.parties = Set.copyOf(parties);
    this.cues = cues;
  }

  static PartyCues loadDefault() {
    try (InputStream in = PartyCues.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) throw new IllegalStateException("party cues " + DEFAULT_RESOURCE + " are not on the classpath");
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
    }
  }

  static PartyCues load(InputStream in) throws IOException {
    byte[] bytes = in.readAllBytes();
    JsonNode root = new YAMLMapper().readTree(bytes);
    Set<String> parties = new HashSet<>();
    root.path("parties").forEach(n -> parties.add(n.asText()));
    return new PartyCues(parties, ContextRules.load(new ByteArrayInputStream(bytes)));
  }

  private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l", "the");

  private static boolean capitalised(FieldContext ctx, int i) {
    String surface = ctx.tokens.get(i).surface();
    return !surface.isEmpty() && Character.isUpperCase(surface.charAt(0));
  }

  /** Regional adjectives that name a party's branch ("Welsh Labour", "Scottish Greens"). */
  private static final Set<String> REGIONS =
      Set.of("welsh", "scottish", "cornish", "ulster", "flemish", "walloon", "bavarian", "catalan", "basque");

  static final String BRANCH_METHOD = "party-branch";

  /**
   * "Welsh Labour", "the Welsh Conservatives": a regional adjective before a KB party's name makes
   * a regional branch, a party of its own ({@code new/organization/<slug>}) the KB does not list
   * (the branches it lists, "Scottish Labour", match whole first); {@code null} otherwise.
   */
  Mention branch(FieldContext ctx, int first, int end, java.util.List<Gazetteer.Entry> entries) {
    if (first == 0 || !capitalised(ctx, first)) return null;
    WordToken before = ctx.tokens.get(first - 1);
    if (!before.word() || !REGIONS.contains(before.key()) || !capitalised(ctx, first - 1)) return null;
    if (ctx.sentenceOf(first - 1) != ctx.sentenceOf(first)) return null;
    boolean party = false;
    for (Gazetteer.Entry e : entries) party |= parties.contains(e.entityId());
    if (!party) return null;
    int start = before.start();
    int stop = ctx.tokens.get(end - 1).end();
    String text = ctx.text.substring(start, stop);
    return new Mention(ctx.field, start, stop, text, "new/organization/" + GazetteerRecognizer.slug(text),
        org.vigie.core.EntityType.ORGANIZATION, BRANCH_METHOD);
  }

  Set<String> parties() {
    return parties;
  }

  /**
   * The verdict on reading words [first, end) of {@code ctx} as {@code entity}: accepted as the
   * entity's own cue when it is a party named capitalised in political context, rejected when it
   * is written in lower case, else {@code otherwise} unchanged. A rejection or an entity's own
   * acceptance stands.
   */
  Verdict judge(KbEntity entity, String name, FieldContext ctx, int first, int end, Verdict otherwise) {
    if (!parties.contains(entity.id())) return otherwise;
    if (otherwise instanceof Verdict.Rejected) return otherwise;
    if (otherwise instanceof Verdict.Accepted a && !a.typeLevel()) return otherwise;
    // "la renaissance", "new horizons", "en marché" in lower case are the words, not the parties;
    // "Le centre de loisirs" opens a sentence with the article only
    if (!capitalised(ctx, first)) return new Verdict.Rejected(LOWER_CASE_ID);
    if (ARTICLES.contains(ctx.tokens.get(first).key()) && (end - first < 2 || !capitalised(ctx, first + 1))) {
      return new Verdict.Rejected(LOWER_CASE_ID);
    }
    Verdict v = cues.judge(entity, name, false, ctx, first, end);
    return v instanceof Verdict.Accepted ? new Verdict.Accepted(RULE_ID, false) : otherwise;
  }
}
