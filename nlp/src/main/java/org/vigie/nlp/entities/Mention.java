package org.vigie.nlp.entities;

import java.util.Objects;
import org.vigie.core.EntityType;
import org.vigie.core.TextField;

/**
 * A recognised mention before mentions are grouped into entities.
 *
 * @param entityId KB id, or {@code new/<type>/<name>} for a name the KB lacks
 * @param method the recogniser and rule that produced it, carried into {@code EntityMention}
 */
record Mention(TextField field, int start, int end, String text, String entityId, EntityType type, String method) {
  Mention {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(type, "type");
    if (end <= start) throw new IllegalArgumentException("empty mention " + start + ".." + end);
  }

  boolean overlaps(Mention other) {
    return field == other.field && start < other.end && other.start < end;
  }
}
