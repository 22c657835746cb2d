package org.vigie.nlp.entities;

import java.util.List;
import org.vigie.core.TextField;
import org.vigie.nlp.text.Segmentation;

/** One field of an article, cut into gazetteer words, with the sentence of every word. */
final class FieldContext {
  final TextField field;
  final String text;
  final List<WordToken> tokens;
  final Segmentation segmentation;
  private final int[] sentenceOf;

  FieldContext(TextField field, Segmentation segmentation) {
    this.field = field;
    this.text = segmentation.text();
    this.segmentation = segmentation;
    this.tokens = WordTokenizer.tokenize(text);
    this.sentenceOf = new int[tokens.size()];
    int sentence = 0;
    for (int i = 0; i < tokens.size(); i++) {
      int start = tokens.get(i).start();
      while (sentence + 1 < segmentation.sentenceCount() && segmentation.sentenceStart(sentence + 1) <= start) sentence++;
      sentenceOf[i] = sentence;
    }
  }

  int sentenceOf(int token) {
    return sentenceOf[token];
  }
}
