package org.vigie.nlp.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.core.EntityType;

/**
 * A person the KB lacks, named beside a party ("Chez Horizons, Claire-Marie Dubosc", "le RN, par
 * la voix de Grégory Baumann-Lévy", "son collègue Renaissance Jean-Hugues Ostermann", "la
 * socialiste Bérénice Haller-Naudin"), speaks as that party's elected member or candidate: an
 * OFFICIAL (eval/entities/README.md: elected members and named local officials), not a PERSON.
 * Every mention of the name follows ("Martinez Ferrada" after "Soraya Martinez Ferrada").
 */
final class PartisanOfficials {
  static final String SUFFIX = "+party";
  private static final Set<String> PARTIES = PartyCues.loadDefault().parties();
  /** Characters between the party and the name, beyond which the party is another clause's. */
  private static final int MAX_GAP = 40;
  /** French partisan nouns written right before a member's name ("la socialiste X", "l'écologiste X"). */
  private static final Set<String> PARTISANS =
      Set.of("socialiste", "ecologiste", "communiste", "insoumis", "insoumise", "centriste", "liberal-radical",
          "liberale-radicale", "vert-liberal", "vert-liberale", "udc", "plr", "ps", "rn", "lr", "lfi");

  private PartisanOfficials() {}

  static void retype(List<FieldContext> contexts, List<Mention> mentions) {
    Map<String, String> promoted = new HashMap<>();
    for (Mention m : mentions) {
      if (m.type() != EntityType.PERSON || !m.entityId().startsWith("new/person/")) continue;
      FieldContext ctx = contexts.stream().filter(c -> c.field == m.field()).findFirst().orElse(null);
      if (ctx == null) continue;
      if (candidate(ctx, m)) continue;
      if (besideParty(ctx, mentions, m) || afterPartisan(ctx, m)) {
        promoted.put(m.entityId(), "new/official/" + m.entityId().substring("new/person/".length()));
      }
    }
    if (promoted.isEmpty()) return;
    mentions.replaceAll(m -> promoted.containsKey(m.entityId())
        ? new Mention(m.field(), m.start(), m.end(), m.text(), promoted.get(m.entityId()), EntityType.OFFICIAL, m.method() + SUFFIX)
        : m);
  }

  /** Characters around the name searched for "candidat": a candidate holds no office yet. */
  private static final int CANDIDATE_WINDOW = 80;

  /** "Le candidat du RN dans la circonscription, Jordan Mercier", "la candidate du Fine Gael, X". */
  private static boolean candidate(FieldContext ctx, Mention person) {
    int sentence = ctx.segmentation.sentenceAt(person.start());
    int from = Math.max(0, person.start() - CANDIDATE_WINDOW);
    while (from < person.start() && ctx.segmentation.sentenceAt(from) != sentence) from++;
    int to = Math.min(ctx.text.length(), person.end() + CANDIDATE_WINDOW / 2);
    while (to > person.end() && ctx.segmentation.sentenceAt(to - 1) != sentence) to--;
    String around = TextFolding.fold(ctx.text.substring(from, to));
    return around.contains("candidat");
  }

  private static boolean besideParty(FieldContext ctx, List<Mention> mentions, Mention person) {
    int sentence = ctx.segmentation.sentenceAt(person.start());
    for (Mention p : mentions) {
      if (p.field() != person.field() || !PARTIES.contains(p.entityId())) continue;
      if (ctx.segmentation.sentenceAt(p.start()) != sentence) continue;
      int from = p.end() <= person.start() ? p.end() : person.end();
      int to = p.end() <= person.start() ? person.start() : p.start();
      if (to < from || to - from > MAX_GAP) continue;
      // another name between them is the party's member, not this one; so is a quotation
      String gap = ctx.text.substring(from, to);
      if (gap.contains("«") || gap.contains("»") || gap.contains("\"")) continue;
      boolean other = mentions.stream().anyMatch(o -> o != person && o != p && o.field() == person.field()
          && o.start() >= from && o.end() <= to && (o.type() == EntityType.PERSON || o.type() == EntityType.OFFICIAL));
      if (!other) return true;
    }
    return false;
  }

  /** "la socialiste Bérénice Haller-Naudin": a partisan noun after an article, right before the name. */
  private static boolean afterPartisan(FieldContext ctx, Mention person) {
    List<WordToken> tokens = ctx.tokens;
    int at = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() == person.start()) {
        at = i;
        break;
      }
    }
    if (at < 2) return false;
    WordToken partisan = tokens.get(at - 1);
    WordToken article = tokens.get(at - 2);
    if (!PARTISANS.contains(partisan.key())) return false;
    // "la socialiste", "l'écologiste", "le député UDC" (the seat is another rule's)
    return Set.of("la", "le", "l", "les", "sa", "son").contains(article.key())
        || (at >= 3 && Set.of("'", "’").contains(article.surface()) && tokens.get(at - 3).key().equals("l"));
  }
}
