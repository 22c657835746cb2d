package org.vigie.nlp.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which country an article is about, for names several countries' institutions share ("the
 * Ministry of Justice", "Conseil d'État", "Code criminel", "PS"). Two cues: the outlet's country (a
 * UK paper's "Ministry of Justice" is the UK's, a Swiss paper's "Conseil d'État" a Swiss one), and
 * the countries of the entities the article names without doubt, the most named first.
 *
 * <p>An entity's country is its KB {@code country}, else that of its {@code jurisdiction}.
 */
final class CountryPrior {
  private final String outletCountry;
  private final Map<String, Integer> named;
  private final String mostNamed;

  private CountryPrior(String outletCountry, Map<String, Integer> named) {
    this.outletCountry = outletCountry;
    this.named = Map.copyOf(named);
    String best = null;
    int bestCount = 0;
    for (var e : named.entrySet()) {
      if (e.getValue() > bestCount || (e.getValue() == bestCount && best != null && e.getKey().compareTo(best) < 0)) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    this.mostNamed = best;
  }

  /**
   * @param outletCountry ISO 3166-1 alpha-2 code of the outlet (or {@code EU}), or {@code null}
   *     when unknown
   * @param namedIds ids of the entities the article names unambiguously, once per mention
   */
  static CountryPrior of(KnowledgeBase kb, String outletCountry, List<String> namedIds) {
    Map<String, Integer> named = new HashMap<>();
    for (String id : namedIds) {
      kb.entity(id).flatMap(e -> countryOf(kb, e)).ifPresent(c -> named.merge(c, 1, Integer::sum));
    }
    String outlet = outletCountry == null || outletCountry.isBlank() ? null : outletCountry.strip().toUpperCase(java.util.Locale.ROOT);
    return new CountryPrior(outlet, named);
  }

  /** Whether the outlet's country is known, so that a candidate of no country in play is foreign. */
  boolean outletKnown() {
    return outletCountry != null;
  }

  /** The entity's country, else its jurisdiction's. */
  static Optional<String> countryOf(KnowledgeBase kb, KbEntity e) {
    if (e.country() != null) return Optional.of(e.country());
    for (KbRelation r : e.relations()) {
      if (r.type().equals("jurisdiction")) {
        Optional<String> c = kb.entity(r.target()).map(KbEntity::country);
        if (c.isPresent()) return c;
      }
    }
    return Optional.empty();
  }

  /**
   * Bonus for one of several candidates sharing a name: the outlet's country first (not for a
   * place), then the country the article names most, then any other country it names.
   */
  double bonus(KnowledgeBase kb, KbEntity candidate) {
    Optional<String> c = countryOf(kb, candidate);
    if (c.isEmpty()) return 0;
    String country = c.get();
    // a place shares its name with the institutions sitting there ("Strasbourg"), of whatever
    // country: the outlet's country does not tell them apart
    if (country.equals(outletCountry) && candidate.type() != org.vigie.core.EntityType.LOCATION) return OUTLET;
    if (country.equals(mostNamed)) return MOST_NAMED;
    if (named.containsKey(country)) return NAMED;
    return 0;
  }

  /** Above a KB-order pick that the article's other countries favour ("PS" in a Swiss paper). */
  static final double OUTLET = 2.1;
  static final double MOST_NAMED = 1.6;
  static final double NAMED = 1.5;
}
