package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigie.nlp.entities.ContextRules.Verdict;

/**
 * Finds knowledge-base names in an article's fields: longest match first, case and accents
 * ignored except for abbreviations, ambiguous names only where a {@link ContextRule} fires.
 *
 * <p>Two passes, because of one sense per discourse: the first accepts mentions on their own
 * cues and remembers the undecided ones; once the whole article is read, an undecided mention
 * whose rule allows it is accepted if another mention of the same entity was accepted on a cue
 * ("X (ex-Twitter)" in the lede makes a later "X said" the platform too).
 */
final class GazetteerRecognizer {
  private final KnowledgeBase kb;
  private final Gazetteer gazetteer;
  private final ContextRules rules;

  GazetteerRecognizer(KnowledgeBase kb, ContextRules rules) {
    this.kb = kb;
    this.rules = rules;
    this.gazetteer = Gazetteer.build(kb, rules);
  }

  int names() {
    return gazetteer.size();
  }

  private record Pending(FieldContext ctx, int first, int end, String entityId, String ruleId) {}

  /** Mentions in the given fields, in field order, none overlapping. */
  List<Mention> recognize(List<FieldContext> fields) {
    List<Mention> mentions = new ArrayList<>();
    List<Pending> pending = new ArrayList<>();
    Set<String> acceptedOnCue = new HashSet<>();
    for (FieldContext ctx : fields) {
      List<WordToken> tokens = ctx.tokens;
      int i = 0;
      while (i < tokens.size()) {
        int next = i + 1;
        for (Gazetteer.Match match : gazetteer.matchesAt(tokens, i)) {
          Mention m = resolve(ctx, match, pending, acceptedOnCue);
          if (m != null) {
            mentions.add(m);
            next = match.endToken();
            break;
          }
          if (!pending.isEmpty() && pending.getLast().first() == i && pending.getLast().end() == match.endToken()) {
            next = match.endToken(); // an undecided name is not re-read as a shorter one
            break;
          }
        }
        i = next;
      }
    }
    for (Pending p : pending) {
      if (acceptedOnCue.contains(p.entityId())) {
        mentions.add(mention(p.ctx(), p.first(), p.end(), p.entityId(), "gazetteer+discourse:" + p.ruleId()));
      }
    }
    return mentions;
  }

  /** The entity a match stands for here, or null; records undecided ambiguous readings. */
  private Mention resolve(FieldContext ctx, Gazetteer.Match match, List<Pending> pending, Set<String> acceptedOnCue) {
    int first = match.firstToken();
    int end = match.endToken();
    Gazetteer.Entry plain = null;
    Pending undecided = null;
    for (Gazetteer.Entry entry : match.entries()) {
      if (!Gazetteer.caseFits(entry, ctx.tokens, first, end)) continue;
      if (!entry.ambiguous()) {
        if (plain == null) plain = entry;
        continue;
      }
      Verdict verdict = rules.judge(entry.entityId(), ctx, first, end);
      switch (verdict) {
        case Verdict.Accepted a -> {
          acceptedOnCue.add(entry.entityId());
          return mention(ctx, first, end, entry.entityId(), "gazetteer+context:" + a.ruleId());
        }
        case Verdict.Undecided u -> {
          if (u.discourse() && undecided == null) undecided = new Pending(ctx, first, end, entry.entityId(), u.ruleId());
        }
        case Verdict.Rejected r -> {}
        case Verdict.NoRule n -> {}
      }
    }
    if (plain != null) return mention(ctx, first, end, plain.entityId(), "gazetteer");
    if (undecided != null) pending.add(undecided);
    return null;
  }

  private Mention mention(FieldContext ctx, int first, int end, String entityId, String method) {
    int start = ctx.tokens.get(first).start();
    int stop = ctx.tokens.get(end - 1).end();
    KbEntity e = kb.entity(entityId).orElseThrow();
    return new Mention(ctx.field, start, stop, ctx.text.substring(start, stop), entityId, e.type(), method);
  }
}
