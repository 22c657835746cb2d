package org.vigie.nlp.entities;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.vigie.core.EntityType;

/**
 * One entity of the knowledge base, as {@code kb/entities.yml} describes it.
 *
 * @param qid Wikidata id where checked against a source, or {@code null}
 * @param labels canonical name per language ({@code en}, {@code fr})
 * @param aliases other names per language, matched ignoring case and accents
 * @param abbreviations short forms matched only as written ("Ofcom", "UE"), language-neutral
 * @param country ISO 3166 alpha-2 code (or {@code EU}), or {@code null}
 * @param ambiguous aliases or abbreviations accepted only where a context rule fires
 */
public record KbEntity(
    String id,
    EntityType type,
    String qid,
    Map<String, String> labels,
    Map<String, List<String>> aliases,
    List<String> abbreviations,
    String country,
    Set<String> ambiguous,
    List<KbRelation> relations,
    List<KbRole> roles) {

  public KbEntity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    labels = Map.copyOf(labels);
    aliases = aliases.entrySet().stream()
        .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    abbreviations = List.copyOf(abbreviations);
    ambiguous = Set.copyOf(ambiguous);
    relations = List.copyOf(relations);
    roles = List.copyOf(roles);
    if (labels.isEmpty()) throw new IllegalArgumentException(id + ": no label");
  }

  /** The label in {@code language}, else English, else any. */
  public String label(String language) {
    String label = labels.get(language);
    if (label == null) label = labels.get("en");
    if (label == null) label = labels.get("fr");
    return label != null ? label : labels.values().iterator().next();
  }

  /** Labels and aliases of every language, in file order, labels first. */
  public List<String> names() {
    List<String> names = new java.util.ArrayList<>();
    labels.values().forEach(names::add);
    aliases.values().forEach(names::addAll);
    return names;
  }
}
