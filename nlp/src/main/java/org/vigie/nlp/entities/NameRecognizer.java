package org.vigie.nlp.entities;

import java.util.List;

/**
 * A recogniser of names the knowledge base lacks (the statistical name finder, the title rule).
 * It sees the mentions already found, so that it never claims their spans and can build on them.
 */
interface NameRecognizer {
  List<Mention> recognize(List<FieldContext> fields, String language, List<Mention> known);
}
