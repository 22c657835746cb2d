package org.vigie.nlp.eval;

import java.util.Objects;
import org.vigie.core.EntityType;
import org.vigie.core.TextField;

/** One annotated mention: where it is, what type, which entity ({@code new/...} when the KB lacks it). */
public record GoldMention(TextField field, int start, int end, String text, EntityType type, String id) {
  public GoldMention {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    if (end <= start) throw new IllegalArgumentException("empty gold span " + start + ".." + end);
  }

  /** Whether the id names no KB entity (the name finder's territory). */
  public boolean isNew() {
    return id.startsWith("new/");
  }
}
