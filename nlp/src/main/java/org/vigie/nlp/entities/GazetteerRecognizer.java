package org.vigie.nlp.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigie.nlp.entities.ContextRules.Verdict;

/**
 * Finds knowledge-base names in an article's fields: longest match first, case and accents
 * ignored except for abbreviations, ambiguous names resolved with the article as context.
 *
 * <p>Two passes. The first reads every field, links names that only one entity bears, and keeps
 * the others (a name the KB marks ambiguous, or one several entities share) with each candidate's
 * {@link ContextRules} verdict. The second resolves them with what the whole article says, scoring
 * each candidate that no rule rejected:
 *
 * <ul>
 *   <li>4: the entity's own context rule accepted it on a cue ("sur X", "Londres menace");
 *   <li>3: the article names the entity unambiguously or on a cue elsewhere (one sense per
 *       discourse: "Liz Kendall … Kendall said"), unless its rule forbids that;
 *   <li>1.5: it bears the name unambiguously while a rival bears it ambiguously;
 *   <li>1.25: a rule about its type accepted it (a capital that acts is a government; "the Online
 *       Safety Act" is a law, though not yet which one);
 *   <li>1: it is a place ("Bruxelles" the city, unless a rule made it the Commission);
 *   <li>0.5: it comes first in the KB among same-type entities sharing the name;
 *   <li>+2.1 / +1.6 / +1.5 when several entities share the name and its country is the outlet's
 *       (not for a place), the one the article names most, or one it names ("Online Safety Act"
 *       in a story about Australia's eSafety Commissioner; a UK paper's "Conservatives"): {@link
 *       CountryPrior}. A same-type rival the KB lists later gets it too.
 * </ul>
 *
 * The best positive score wins, the first in KB order on a tie. A name whose candidates all score
 * 0 is dropped: an unsupported "Kendall" or "Threads" is not an entity; so is one won on KB order
 * (or a tie) while the outlet's country is known, since none of its bearers is of a country in play.
 */
final class GazetteerRecognizer {
  /** Method of a mention made by a descriptive alias ("régulateur britannique des médias"). */
  static final String DESCRIPTION = "gazetteer+description";

  private final KnowledgeBase kb;
  private final Gazetteer gazetteer;
  private final ContextRules rules;
  private final PartyCues parties = PartyCues.loadDefault();

  GazetteerRecognizer(KnowledgeBase kb, ContextRules rules) {
    this.kb = kb;
    this.rules = rules;
    this.gazetteer = Gazetteer.build(kb, rules);
  }

  int names() {
    return gazetteer.size();
  }

  /** @param placeName a government named by its country or region, which may be the place only */
  private record Candidate(KbEntity entity, Gazetteer.Entry entry, boolean ambiguous, boolean placeName, Verdict verdict) {}

  private record Pending(FieldContext ctx, int first, int end, List<Candidate> candidates) {}

  /** Mentions in the given fields, none overlapping. */
  List<Mention> recognize(List<FieldContext> fields) {
    return recognize(fields, null);
  }

  /** @param outletCountry the outlet's country ({@link CountryPrior}), or {@code null} */
  List<Mention> recognize(List<FieldContext> fields, String outletCountry) {
    List<Mention> mentions = new ArrayList<>();
    List<Pending> pending = new ArrayList<>();
    for (FieldContext ctx : fields) {
      List<WordToken> tokens = ctx.tokens;
      int i = 0;
      while (i < tokens.size()) {
        int next = i + 1;
        for (Gazetteer.Match match : gazetteer.matchesAt(tokens, i)) {
          Mention branch = parties.branch(ctx, match.firstToken(), match.endToken(), match.entries());
          if (branch != null) {
            mentions.add(branch);
            next = match.endToken();
            break;
          }
          List<Candidate> candidates = candidates(ctx, match);
          if (candidates.isEmpty()) continue;
          if (candidates.size() == 1 && !candidates.getFirst().ambiguous()) {
            Candidate only = candidates.getFirst();
            boolean commonHead = Character.isLowerCase(ctx.tokens.get(match.firstToken()).surface().charAt(0));
            if (!only.entry().label() && match.endToken() - match.firstToken() > 1) {
              // A descriptive alias ("réseau social X", "Grok chatbot", "Sir Keir Starmer"): the
              // mention is the name inside it; one naming a person instead ("IA d'Elon Musk"), or
              // a common noun relating to a product or company ("éditeur de CrushAI", "maison mère
              // de Facebook") is a description of something else and yields to shorter matches.
              Inner inner = innerNames(ctx, match, only.entity());
              if (inner.foreignPerson() || (inner.foreignName() && inner.mentions().isEmpty() && commonHead)) continue;
              if (!inner.mentions().isEmpty()) {
                mentions.addAll(inner.mentions());
                next = match.endToken();
                break;
              }
            }
            boolean description = commonHead && !only.entry().label() && match.endToken() - match.firstToken() > 1;
            mentions.add(mention(ctx, match.firstToken(), match.endToken(), only.entity(), description ? DESCRIPTION : "gazetteer"));
          } else {
            pending.add(new Pending(ctx, match.firstToken(), match.endToken(), candidates));
          }
          next = match.endToken();
          break;
        }
        i = next;
      }
    }
    Set<String> seen = new HashSet<>();
    mentions.forEach(m -> seen.add(m.entityId()));
    for (Pending p : pending) {
      for (Candidate c : p.candidates()) {
        if (c.verdict() instanceof Verdict.Accepted a && !a.typeLevel()) seen.add(c.entity().id());
      }
    }
    List<String> named = new ArrayList<>();
    mentions.forEach(m -> named.add(m.entityId()));
    for (Pending p : pending) {
      for (Candidate c : p.candidates()) {
        if (c.verdict() instanceof Verdict.Accepted a && !a.typeLevel()) named.add(c.entity().id());
      }
    }
    CountryPrior prior = CountryPrior.of(kb, outletCountry, named);
    for (Pending p : pending) {
      Mention m = resolve(p, seen, prior);
      if (m != null) mentions.add(m);
    }
    return mentions;
  }

  private record Inner(List<Mention> mentions, boolean foreignPerson, boolean foreignName) {}

  /** Types whose names inside a description make it relational ("le créateur de ChatGPT"). */
  private static final Set<org.vigie.core.EntityType> NAMED_PARTIES =
      Set.of(org.vigie.core.EntityType.PERSON, org.vigie.core.EntityType.OFFICIAL, org.vigie.core.EntityType.PLATFORM,
          org.vigie.core.EntityType.AI_SYSTEM, org.vigie.core.EntityType.COMPANY);

  /** Names of {@code entity} (labels, abbreviations) inside a match of one of its aliases. */
  private Inner innerNames(FieldContext ctx, Gazetteer.Match outer, KbEntity entity) {
    List<Mention> found = new ArrayList<>();
    boolean foreignPerson = false;
    boolean foreignName = false;
    int p = outer.firstToken();
    while (p < outer.endToken()) {
      int next = p + 1;
      for (Gazetteer.Match m : gazetteer.matchesAt(ctx.tokens, p)) {
        if (m.endToken() > outer.endToken() || (m.firstToken() == outer.firstToken() && m.endToken() == outer.endToken())) continue;
        boolean own = false;
        for (Gazetteer.Entry e : m.entries()) {
          if (!Gazetteer.caseFits(e, ctx.tokens, m.firstToken(), m.endToken())) continue;
          if (e.entityId().equals(entity.id()) && e.label()) own = true;
          KbEntity other = kb.entity(e.entityId()).orElseThrow();
          boolean person = other.type() == org.vigie.core.EntityType.PERSON || other.type() == org.vigie.core.EntityType.OFFICIAL;
          if (!e.entityId().equals(entity.id()) && e.label() && person) foreignPerson = true;
          if (!e.entityId().equals(entity.id()) && e.label() && NAMED_PARTIES.contains(other.type())) foreignName = true;
        }
        if (own) {
          found.add(mention(ctx, m.firstToken(), m.endToken(), entity, "gazetteer+alias"));
          next = m.endToken();
          break;
        }
      }
      p = next;
    }
    return new Inner(found, foreignPerson, foreignName);
  }

  private List<Candidate> candidates(FieldContext ctx, Gazetteer.Match match) {
    List<Candidate> candidates = new ArrayList<>();
    for (Gazetteer.Entry entry : match.entries()) {
      if (!Gazetteer.caseFits(entry, ctx.tokens, match.firstToken(), match.endToken())) continue;
      KbEntity entity = kb.entity(entry.entityId()).orElseThrow();
      int existing = -1;
      for (int k = 0; k < candidates.size(); k++) {
        if (candidates.get(k).entity().id().equals(entity.id())) existing = k;
      }
      if (existing >= 0) {
        // an entity reached by two entries keeps its plain one: the unambiguous reading wins
        if (!entry.ambiguous() && !entry.placeName()) {
          candidates.set(existing, new Candidate(entity, entry, false, false, new Verdict.NoRule()));
        }
        continue;
      }
      boolean ambiguous = entry.ambiguous() || entry.placeName();
      Verdict verdict =
          ambiguous
              ? rules.judge(entity, entry.name(), entry.placeName(), ctx, match.firstToken(), match.endToken())
              : new Verdict.NoRule();
      if (ambiguous && !entry.placeName()) verdict = parties.judge(entity, entry.name(), ctx, match.firstToken(), match.endToken(), verdict);
      candidates.add(new Candidate(entity, entry, ambiguous, entry.placeName(), verdict));
    }
    boolean placeOnly = false;
    boolean hasPlace = false;
    for (Candidate c : candidates) {
      placeOnly |= c.placeName();
      hasPlace |= c.entity().type() == org.vigie.core.EntityType.LOCATION;
    }
    if (placeOnly && !hasPlace) {
      // "UK", "Royaume-Uni", "Texas" may be the place itself, which the KB does not list
      KbEntity government = candidates.stream().filter(Candidate::placeName).findFirst().orElseThrow().entity();
      String surface = ctx.text.substring(ctx.tokens.get(match.firstToken()).start(), ctx.tokens.get(match.endToken() - 1).end());
      KbEntity place =
          new KbEntity(
              "new/location/" + slug(surface), org.vigie.core.EntityType.LOCATION, null, java.util.Map.of("en", surface),
              java.util.Map.of(), List.of(), government.country(), Set.of(), List.of(), List.of());
      candidates.add(new Candidate(place, null, true, false, new Verdict.NoRule()));
    }
    return candidates;
  }

  private Mention resolve(Pending p, Set<String> seen, CountryPrior prior) {
    Candidate best = null;
    double bestScore = 0;
    String bestMethod = null;
    boolean tied = false;
    boolean shared = p.candidates().size() > 1;
    for (int k = 0; k < p.candidates().size(); k++) {
      Candidate c = p.candidates().get(k);
      double score;
      String method;
      switch (c.verdict()) {
        case Verdict.Rejected r -> {
          continue;
        }
        case Verdict.Accepted a when !a.typeLevel() -> {
          score = 4;
          method = "gazetteer+context:" + a.ruleId();
        }
        case Verdict.Undecided u when u.discourse() && !c.placeName() && seen.contains(c.entity().id()) -> {
          score = 3;
          method = "gazetteer+discourse:" + u.ruleId();
        }
        case Verdict.Accepted a when !c.placeName() && seen.contains(c.entity().id()) -> {
          score = 3;
          method = "gazetteer+discourse:" + a.ruleId();
        }
        case Verdict.NoRule n when !c.placeName() && seen.contains(c.entity().id()) -> {
          score = 3;
          method = "gazetteer+discourse";
        }
        case Verdict.Accepted a -> {
          score = 1.25;
          method = "gazetteer+context:" + a.ruleId();
        }
        default -> {
          if (!c.ambiguous()) {
            score = 1.5;
            method = "gazetteer";
          } else if (c.entity().type() == org.vigie.core.EntityType.LOCATION) {
            score = 1;
            method = "gazetteer+place";
          } else if (shared && k == firstOfItsType(p.candidates(), c)) {
            score = 0.5;
            method = "gazetteer+kb-order";
          } else {
            score = 0;
            method = null;
          }
        }
      }
      // the country prior also lifts a same-type rival the KB lists later ("Conservatives" in a UK
      // paper), but never makes a place-named government out of a place ("London", "Florida")
      boolean rival = score == 0 && !c.placeName() && firstOfItsType(p.candidates(), c) == 0;
      double bonus = shared && (score > 0 || rival) ? prior.bonus(kb, c.entity()) : 0;
      if (bonus > 0) {
        score += bonus;
        method = (method == null ? "gazetteer" : method) + "+country";
      }
      if (score > bestScore) {
        best = c;
        bestScore = score;
        bestMethod = method;
        tied = false;
      } else if (score > 0 && score == bestScore) {
        tied = true;
      }
    }
    // a shared name none of whose bearers is of the outlet's country or one the article names
    // ("the High Court" in a Singapore paper about Delhi, its "CSA") is some other country's: no
    // link beats the first one in the KB, whether it won on KB order or on a tie
    boolean byKbOrder = "gazetteer+kb-order".equals(bestMethod) || (tied && !bestMethod.endsWith("+country"));
    if (best != null && byKbOrder && prior.outletKnown()) return null;
    return best == null ? null : mention(p.ctx(), p.first(), p.end(), best.entity(), bestMethod);
  }

  /** Index of the first candidate of {@code c}'s type, when every candidate has that type. */
  private static int firstOfItsType(List<Candidate> candidates, Candidate c) {
    for (Candidate other : candidates) {
      if (other.entity().type() != c.entity().type()) return -1;
    }
    return 0;
  }

  static String slug(String text) {
    String folded = TextFolding.fold(text).replaceAll("[^a-z0-9]+", "-");
    return folded.replaceAll("^-+|-+$", "");
  }

  private static Mention mention(FieldContext ctx, int first, int end, KbEntity e, String method) {
    int start = ctx.tokens.get(first).start();
    int stop = ctx.tokens.get(end - 1).end();
    return new Mention(ctx.field, start, stop, ctx.text.substring(start, stop), e.id(), e.type(), method);
  }
}
