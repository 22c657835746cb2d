package org.vigie.app.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.search.Facet;
import org.vigie.search.SearchFilters;
import picocli.CommandLine.Option;

/** The filters {@code search}, {@code trends}, {@code case} and {@code export} share. */
public final class SearchFilterOptions {
  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (YYYY-MM-DD, UTC).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before (YYYY-MM-DD, UTC).")
  LocalDate to;

  @Option(names = "--lang", split = ",", paramLabel = "fr|en", description = "Languages.")
  List<String> languages;

  @Option(names = "--outlet", split = ",", paramLabel = "ID", description = "Outlet ids.")
  List<String> outlets;

  @Option(names = "--country", split = ",", paramLabel = "CC", description = "Outlet countries.")
  List<String> countries;

  @Option(names = "--entity", split = ",", paramLabel = "ID", description = "Entity ids (all must be mentioned).")
  List<String> entities;

  @Option(names = "--entity-type", split = ",", paramLabel = "TYPE", description = "Entity types (REGULATOR, PLATFORM…).")
  List<String> entityTypes;

  @Option(names = "--stance", split = ",", paramLabel = "LABEL", description = "CRITICAL, SUPPORTIVE, NEUTRAL.")
  List<String> stances;

  @Option(names = "--action", split = ",", paramLabel = "TYPE", description = "Regulatory action types (FINE, INVESTIGATION…).")
  List<String> actions;

  @Option(names = "--law", split = ",", paramLabel = "ID", description = "Law entity ids.")
  List<String> laws;

  @Option(names = "--topic", split = ",", paramLabel = "LABEL", description = "Topics (NCII_DEEPFAKE, CSAM…).")
  List<String> topics;

  @Option(names = "--min-relevance", paramLabel = "0..1", description = "Relevance threshold.")
  Double minRelevance;

  public SearchFilters filters() {
    Map<Facet, Set<String>> terms = new EnumMap<>(Facet.class);
    put(terms, Facet.LANGUAGE, languages, false);
    put(terms, Facet.OUTLET, outlets, false);
    put(terms, Facet.COUNTRY, countries, true);
    put(terms, Facet.ENTITY, entities, false);
    put(terms, Facet.ENTITY_TYPE, entityTypes, true);
    put(terms, Facet.STANCE, stances, true);
    put(terms, Facet.ACTION, actions, true);
    put(terms, Facet.LAW, laws, false);
    put(terms, Facet.TOPIC, topics, true);
    Instant f = from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant t = to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    return new SearchFilters(f, t, terms, minRelevance);
  }

  private static void put(Map<Facet, Set<String>> m, Facet f, List<String> values, boolean upper) {
    if (values == null || values.isEmpty()) return;
    m.put(f, Set.copyOf(values.stream().map(v -> upper ? v.toUpperCase(java.util.Locale.ROOT) : v).toList()));
  }
}
