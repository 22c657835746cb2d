package org.vigie.nlp.language;

import java.util.Objects;

/**
 * The language of a text as the detector judged it.
 *
 * @param code ISO 639-1 code when the language has one ({@code fr}, {@code en}), otherwise the
 *     detector's ISO 639-3 code, or {@code und} for text too short or empty to judge
 * @param confidence the detector's probability for {@code code}, 0..1
 */
public record DetectedLanguage(String code, double confidence) {
  public static final DetectedLanguage UNDETERMINED = new DetectedLanguage("und", 0.0);

  public DetectedLanguage {
    Objects.requireNonNull(code, "code");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence outside 0..1: " + confidence);
    }
  }
}
