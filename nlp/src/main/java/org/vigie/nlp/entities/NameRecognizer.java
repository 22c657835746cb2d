package org.vigie.nlp.entities;

import java.util.List;

/**
 * A recogniser of names the knowledge base lacks (the statistical name finder, the title rule).
 * It sees the mentions already found, so that it never claims their spans and can build on them.
 */
interface NameRecognizer {
  List<Mention> recognize(List<FieldContext> fields, String language, List<Mention> known);

  /**
   * Whether {@code found}, a mention this recogniser returned, takes the place of {@code earlier},
   * a mention of the same field read before it ("Aston Villa" holds the place "Villa" read from
   * it). The linker removes what it replaces, then adds it where nothing overlaps. None by default.
   */
  default boolean replaces(Mention found, Mention earlier) {
    return false;
  }
}
