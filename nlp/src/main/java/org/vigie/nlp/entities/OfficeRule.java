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
  /** Office id to its country, for offices of one country's government. */
  private final java.util.Map<String, String> countryOf = new java.util.HashMap<>();
  /** Office id to the words naming its country ("français", "French", "Québec"). */
  private final java.util.Map<String, Set<String>> qualifiers = new java.util.HashMap<>();
  /** Words naming one country only ("américain", "britannique"), to the country: "chef de l'État américain" is not France's. */
  private final java.util.Map<String, String> countryWords = new java.util.HashMap<>();

  OfficeRule(KnowledgeBase kb) {
    this.kb = kb;
    this.offices = Gazetteer.offices(kb);
    this.seats = SeatPhrases.seats(kb);
    // a word names a country when it occurs in governments' names of that country only; words
    // shared across countries ("gouvernement", "ministère", "de") qualify nothing
    java.util.Map<String, Set<String>> countriesOfWord = new java.util.HashMap<>();
    for (KbEntity e : kb.entities()) {
      if (e.type() != EntityType.GOVERNMENT || e.country() == null) continue;
      for (String name : e.names()) {
        for (String key : WordTokenizer.nameKeys(name)) countriesOfWord.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(e.country());
      }
    }
    countriesOfWord.forEach((word, countries) -> {
      if (countries.size() == 1) countryWords.put(word, countries.iterator().next());
    });
    for (KbOffice o : kb.offices()) {
      if (o.government() == null) continue;
      KbEntity government = kb.entity(o.government()).orElse(null);
      if (government == null || government.country() == null || government.country().equals("EU")) continue;
      countryOf.put(o.id(), government.country());
      Set<String> words = new java.util.HashSet<>();
      for (String name : government.names()) {
        for (String key : WordTokenizer.nameKeys(name)) {
          if (countriesOfWord.getOrDefault(key, Set.of()).equals(Set.of(government.country()))) words.add(key);
        }
      }
      qualifiers.put(o.id(), words);
    }
  }

  List<Mention> recognize(List<FieldContext> fields, LocalDate date) {
    return recognize(fields, date, null);
  }

  /**
   * @param outletCountry the outlet's country, or {@code null}: an office of another country
   *     named without its country ("le premier ministre" in a Quebec paper, "the Prime Minister" in
   *     an Australian one) is the outlet's own office, not the KB's foreign one, and is skipped
   */
  List<Mention> recognize(List<FieldContext> fields, LocalDate date, String outletCountry) {
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
        if (foreignUnqualified(officeId, tokens, first, last, outletCountry)) {
          i = last;
          continue;
        }
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

  private boolean foreignUnqualified(String officeId, List<WordToken> tokens, int first, int last, String outletCountry) {
    String country = countryOf.get(officeId);
    if (country != null && last < tokens.size() && tokens.get(last).word()
        && Character.isLowerCase(tokens.get(last).surface().charAt(0))) {
      String named = countryWords.get(tokens.get(last).key());
      if (named != null && !named.equals(country)) return true; // "le chef de l'État américain"
    }
    if (outletCountry == null || country == null || country.equalsIgnoreCase(outletCountry.strip())) return false;
    Set<String> words = qualifiers.getOrDefault(officeId, Set.of());
    for (int t = first; t < last; t++) {
      if (words.contains(tokens.get(t).key())) return false;
    }
    return true;
  }
}
