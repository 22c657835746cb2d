package org.vigie.nlp.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import org.vigie.nlp.ModelResources;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Language identification with the published OpenNLP model ({@code opennlp-models-langdetect},
 * 103 languages, ISO 639-3 codes), reporting ISO 639-1 codes as the rest of Vigie does.
 *
 * <p>The confidence is the best language's probability relative to the runner-up's, {@code
 * p1 / (p1 + p2)}: 0.5 means a toss-up, near 1 a clear call.
 *
 * <p>The model is loaded once and shared; {@link LanguageDetectorME} keeps no state between calls
 * in 2.x but is still created per thread, as OpenNLP documents its {@code *ME} tools as not
 * thread-safe.
 */
public final class OpenNlpLanguageDetector {
  /** Where the model sits inside the artifact's jar. */
  public static final String MODEL_RESOURCE = "langdetect-183.bin";

  /** Below this many letters the detector guesses; we say "und" instead. */
  private static final int MIN_LETTERS = 12;

  /** Long bodies add nothing after a few thousand characters but cost time. */
  private static final int MAX_CHARS = 4_000;

  private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

  private final ThreadLocal<LanguageDetectorME> detector;

  private OpenNlpLanguageDetector(LanguageDetectorModel model) {
    this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
  }

  /** Loads the model from the classpath; fails fast when the artifact is missing. */
  public static OpenNlpLanguageDetector loadDefault() {
    try (InputStream in = ModelResources.open(MODEL_RESOURCE)) {
      return new OpenNlpLanguageDetector(new LanguageDetectorModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read language model " + MODEL_RESOURCE, e);
    }
  }

  public DetectedLanguage detect(CharSequence text) {
    if (text == null || countLetters(text) < MIN_LETTERS) {
      return DetectedLanguage.UNDETERMINED;
    }
    String sample = text.length() > MAX_CHARS ? text.subSequence(0, MAX_CHARS).toString() : text.toString();
    Language[] ranked = detector.get().predictLanguages(sample);
    Language best = ranked[0];
    // The model spreads probability over 103 languages, so even a clear French text gets ~0.4;
    // the share of the best over the runner-up says how sure the choice is, which is what a
    // caller deciding "fr or not" needs.
    double second = ranked.length > 1 ? ranked[1].getConfidence() : 0.0;
    double confidence = best.getConfidence() / (best.getConfidence() + second);
    return new DetectedLanguage(toIso1(best.getLang()), Math.max(0.0, Math.min(1.0, confidence)));
  }

  /** ISO 639-3 → 639-1 where one exists ({@code fra → fr}); other codes pass through. */
  static String toIso1(String iso3) {
    String code = iso3.toLowerCase(Locale.ROOT);
    return ISO3_TO_ISO1.getOrDefault(code, code);
  }

  private static Map<String, String> iso3ToIso1() {
    Map<String, String> map = new HashMap<>();
    for (String iso1 : Locale.getISOLanguages()) {
      try {
        map.put(Locale.of(iso1).getISO3Language(), iso1);
      } catch (java.util.MissingResourceException ignored) {
        // a code without a three-letter form cannot be produced by the model either
      }
    }
    // The model labels some macrolanguages by an individual member's code.
    map.put("cmn", "zh");
    map.put("pes", "fa");
    map.put("zsm", "ms");
    map.put("nob", "nb");
    map.put("ekk", "et");
    map.put("lvs", "lv");
    map.put("arb", "ar");
    map.put("swh", "sw");
    map.put("uzn", "uz");
    map.put("azj", "az");
    map.put("khk", "mn");
    map.put("gug", "gn");
    map.put("plt", "mg");
    map.put("ydd", "yi");
    return Map.copyOf(map);
  }

  private static int countLetters(CharSequence text) {
    int letters = 0;
    for (int i = 0; i < text.length() && letters < MIN_LETTERS; i++) {
      if (Character.isLetter(text.charAt(i))) letters++;
    }
    return letters;
  }
}
