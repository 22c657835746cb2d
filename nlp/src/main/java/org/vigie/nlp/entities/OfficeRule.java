package org.vigie.nlp.entities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigie.core.EntityType;

/**
 * An official named by their office ("le Premier ministre", "the Technology Secretary", "la
 * ministre chargée du Numérique") is an OFFICIAL mention linked to whoever held the office on the
 * article's date, from the KB's roles; an office nobody is known to have held then gets a {@code
 * new/official/} id. The phrase includes its article, as the corpus annotates it, and replaces
 * any mention inside it ("procureur de la République de Paris" is not "Paris").
 */
final class OfficeRule {
  static final String METHOD_PREFIX = "office:";
  private static final Set<String> ARTICLES = Set.of("le", "la", "l", "the", "les");

  private final KnowledgeBase kb;
  private final Gazetteer offices;
  private final Set<String> seats;

  OfficeRule(KnowledgeBase kb) {
    this.kb = kb;
    this.offices = Gazetteer.offices(kb);
    this.seats = SeatPhrases.seats(kb);
  }

  List<Mention> recognize(List<FieldContext> fields, LocalDate date) {
    List<Mention> found = new ArrayList<>();
    for (FieldContext ctx : fields) {
      List<WordToken> tokens = ctx.tokens;
      int i = 0;
      while (i < tokens.size()) {
        List<Gazetteer.Match> matches = offices.matchesAt(tokens, i);
        if (matches.isEmpty()) {
          i++;
          continue;
        }
        Gazetteer.Match m = matches.getFirst();
        String officeId = m.entries().getFirst().entityId();
        int first = m.firstToken();
        int last = m.endToken();
        if (seats.contains(officeId)) {
          // "le député", "l'eurodéputée": one seat among many is a title or an anaphor unless qualified
          int[] span = SeatPhrases.qualified(ctx, first, last);
          if (span == null) {
            i = last;
            continue;
          }
          first = span[0];
          last = span[1];
        } else if (first > 0 && ARTICLES.contains(tokens.get(first - 1).key()) && tokens.get(first - 1).word()) {
          first--;
        }
        int start = tokens.get(first).start();
        int end = tokens.get(last - 1).end();
        String text = ctx.text.substring(start, end);
        List<KbEntity> holders = kb.holderOn(officeId, date);
        Mention mention =
            holders.size() == 1 && !seats.contains(officeId)
                ? new Mention(ctx.field, start, end, text, holders.getFirst().id(), EntityType.OFFICIAL, METHOD_PREFIX + officeId)
                : new Mention(
                    ctx.field, start, end, text,
                    "new/official/" + (seats.contains(officeId) ? GazetteerRecognizer.slug(text) : officeId.substring(officeId.indexOf('/') + 1)),
                    EntityType.OFFICIAL, METHOD_PREFIX + officeId);
        found.add(mention);
        i = last;
      }
    }
    return found;
  }
}
