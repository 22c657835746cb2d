package org.vigie.search;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Exact filters: they narrow the result set without changing scores. Within one field the values
 * are alternatives (any of them), except {@link Facet#ENTITY}, where every listed entity must be
 * mentioned, because an analyst listing two entities wants the articles about both.
 *
 * @param from inclusive lower bound on the publication time, or {@code null}
 * @param to exclusive upper bound on the publication time, or {@code null}
 * @param minRelevance articles whose relevance is below this are left out; {@code null} for no
 *     threshold (articles without a relevance score then match)
 */
public record SearchFilters(Instant from, Instant to, Map<Facet, Set<String>> terms, Double minRelevance) {

  public static final SearchFilters NONE = new SearchFilters(null, null, Map.of(), null);

  public SearchFilters {
    if (from != null && to != null && !from.isBefore(to)) {
      throw new IllegalArgumentException("empty date range: from " + from + " is not before to " + to);
    }
    if (minRelevance != null && (minRelevance < 0 || minRelevance > 1)) {
      throw new IllegalArgumentException("relevance threshold must be within 0..1");
    }
    EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
    if (terms != null) {
      terms.forEach(
          (k, v) -> {
            if (v != null && !v.isEmpty()) copy.put(k, Set.copyOf(v));
          });
    }
    terms = Map.copyOf(copy);
  }

  public Set<String> values(Facet facet) {
    return terms.getOrDefault(facet, Set.of());
  }

  public SearchFilters with(Facet facet, String... values) {
    EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
    copy.putAll(terms);
    copy.put(facet, Set.of(values));
    return new SearchFilters(from, to, copy, minRelevance);
  }

  public SearchFilters between(Instant newFrom, Instant newTo) {
    return new SearchFilters(newFrom, newTo, terms, minRelevance);
  }

  public SearchFilters minRelevance(Double threshold) {
    return new SearchFilters(from, to, terms, threshold);
  }

  public boolean isEmpty() {
    return from == null && to == null && terms.isEmpty() && minRelevance == null;
  }
}
