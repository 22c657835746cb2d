package org.vigie.core;

import java.util.Objects;

/**
 * One mention of an entity: the text as written and where it stands.
 *
 * @param start UTF-16 offset into the {@code field}'s text, inclusive
 * @param end UTF-16 offset, exclusive
 * @param method what recognised it, e.g. {@code gazetteer}, {@code gazetteer+context:x-platform},
 *     {@code namefinder}, {@code title-rule}; so an error can be traced to a rule
 */
public record EntityMention(String text, TextField field, int start, int end, String method) {
  public EntityMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(field, "field");
    if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
  }
}
