package org.vigie.core;

import java.util.Objects;

/**
 * The span of text that supports an annotation, and the rule or model that read it there.
 *
 * @param ruleId the id of the rule that fired (rules are data with ids), or the model name
 */
public record Evidence(TextField field, int start, int end, String text, String ruleId) {
  public Evidence {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
  }
}
