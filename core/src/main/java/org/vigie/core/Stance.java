package org.vigie.core;

import java.util.Objects;

/**
 * A stance toward a target (the platform or AI system at the centre of the story).
 *
 * @param actorId the entity holding the stance, or {@code null} for the article's own stance
 * @param targetId the entity the stance is about
 */
public record Stance(String actorId, String targetId, Label label, double confidence, Evidence evidence) {
  public enum Label {
    CRITICAL,
    SUPPORTIVE,
    NEUTRAL
  }

  public Stance {
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(label, "label");
  }
}
