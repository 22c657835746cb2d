package org.vigie.nlp.entities;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A public office ("UK Technology Secretary"), held by officials through their roles. */
public record KbOffice(String id, String government, Map<String, String> labels, Map<String, List<String>> aliases) {
  public KbOffice {
    Objects.requireNonNull(id, "id");
    labels = Map.copyOf(labels);
    aliases = aliases.entrySet().stream()
        .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
  }

  public List<String> names() {
    List<String> names = new java.util.ArrayList<>(labels.values());
    aliases.values().forEach(names::addAll);
    return names;
  }
}
