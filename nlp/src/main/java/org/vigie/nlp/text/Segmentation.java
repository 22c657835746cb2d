package org.vigie.nlp.text;

import java.util.Arrays;
import java.util.Objects;
import opennlp.tools.util.Span;

/**
 * A text cut into sentences and tokens, each as UTF-16 offsets into {@link #text()}. Immutable:
 * the span arrays are copied in and never handed out.
 */
public final class Segmentation {
  private final String text;
  private final int[] sentenceStarts;
  private final int[] sentenceEnds;
  private final int[] tokenStarts;
  private final int[] tokenEnds;
  /** Cut once: the entity rules read each token many times, and a substring per read was their main cost. */
  private final String[] tokens;

  public Segmentation(String text, Span[] sentences, Span[] tokens) {
    this.text = Objects.requireNonNull(text, "text");
    this.sentenceStarts = Arrays.stream(sentences).mapToInt(Span::getStart).toArray();
    this.sentenceEnds = Arrays.stream(sentences).mapToInt(Span::getEnd).toArray();
    this.tokenStarts = Arrays.stream(tokens).mapToInt(Span::getStart).toArray();
    this.tokenEnds = Arrays.stream(tokens).mapToInt(Span::getEnd).toArray();
    for (int i = 0; i < tokens.length; i++) {
      if (tokenStarts[i] < 0 || tokenEnds[i] > text.length() || tokenEnds[i] < tokenStarts[i]) {
        throw new IllegalArgumentException("token span outside text: " + tokens[i]);
      }
    }
    this.tokens = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) this.tokens[i] = text.substring(tokenStarts[i], tokenEnds[i]);
  }

  public String text() {
    return text;
  }

  public int sentenceCount() {
    return sentenceStarts.length;
  }

  public int sentenceStart(int i) {
    return sentenceStarts[i];
  }

  public int sentenceEnd(int i) {
    return sentenceEnds[i];
  }

  /** The sentence holding {@code offset}, or -1 when the offset lies between sentences. */
  public int sentenceAt(int offset) {
    int i = Arrays.binarySearch(sentenceStarts, offset);
    if (i < 0) i = -i - 2;
    return i >= 0 && offset < sentenceEnds[i] ? i : -1;
  }

  public int tokenCount() {
    return tokenStarts.length;
  }

  public int tokenStart(int i) {
    return tokenStarts[i];
  }

  public int tokenEnd(int i) {
    return tokenEnds[i];
  }

  public String token(int i) {
    return tokens[i];
  }

  /** Index of the first token starting at or after {@code offset}. */
  public int firstTokenAtOrAfter(int offset) {
    int i = Arrays.binarySearch(tokenStarts, offset);
    return i >= 0 ? i : -i - 1;
  }
}
