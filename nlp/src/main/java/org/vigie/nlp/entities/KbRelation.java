package org.vigie.nlp.entities;

import java.util.Objects;
import java.util.Set;

/** A typed edge from one entity to another ("platform/x owned_by company/x-corp"). */
public record KbRelation(String type, String target) {
  /** The relation types {@code kb/README.md} documents; any other is a typo caught at load. */
  public static final Set<String> TYPES =
      Set.of(
          "owned_by", "developed_by", "offered_on", "feature_of", "part_of", "member_of", "enforces",
          "jurisdiction", "successor_of", "headed_by");

  public KbRelation {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(target, "target");
    if (!TYPES.contains(type)) throw new IllegalArgumentException("unknown relation type " + type);
  }
}
