package org.vigie.nlp.entities;

import java.util.List;
import org.vigie.core.TextField;
import org.vigie.nlp.text.Segmentation;

/**
 * A recogniser of names the knowledge base lacks (the statistical name finder, the title rule).
 * It sees the mentions already found so that it can build on them ("porte-parole de la
 * Commission, Thomas Regnier") and must not claim their spans.
 */
interface NameRecognizer {
  List<Mention> recognize(TextField field, Segmentation segmentation, String language, List<Mention> known);
}
