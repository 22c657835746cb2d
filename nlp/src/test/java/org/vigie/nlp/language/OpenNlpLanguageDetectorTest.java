package org.vigie.nlp.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenNlpLanguageDetectorTest {
  private static OpenNlpLanguageDetector detector;

  @BeforeAll
  static void load() {
    detector = OpenNlpLanguageDetector.loadDefault();
  }

  @Test
  void detects_french_news_prose_as_fr() {
    DetectedLanguage lang =
        detector.detect(
            "La Commission européenne a ordonné jeudi au réseau social X de conserver tous ses documents "
                + "internes relatifs à Grok jusqu'à la fin de l'année, a annoncé son porte-parole.");
    assertThat(lang.code()).isEqualTo("fr");
    assertThat(lang.confidence()).isGreaterThan(0.8);
  }

  @Test
  void detects_english_news_prose_as_en() {
    DetectedLanguage lang =
        detector.detect(
            "The UK communications regulator Ofcom has opened a formal investigation into X under the "
                + "Online Safety Act after Grok was used to create sexualised images of real people.");
    assertThat(lang.code()).isEqualTo("en");
    assertThat(lang.confidence()).isGreaterThan(0.8);
  }

  @Test
  void reports_other_languages_with_their_iso_639_1_code() {
    assertThat(
            detector.detect(
                    "Die Europäische Kommission hat am Donnerstag ein Verfahren gegen die Plattform eröffnet, "
                        + "weil sie gegen das Gesetz über digitale Dienste verstoßen haben soll.")
                .code())
        .isEqualTo("de");
  }

  @Test
  void says_undetermined_for_text_too_short_to_judge() {
    assertThat(detector.detect("X, 2026")).isEqualTo(DetectedLanguage.UNDETERMINED);
    assertThat(detector.detect("")).isEqualTo(DetectedLanguage.UNDETERMINED);
  }

  @ParameterizedTest
  @CsvSource({"fra, fr", "eng, en", "deu, de", "spa, es", "nld, nl", "cmn, zh", "zsm, ms", "xyz, xyz"})
  void maps_iso_639_3_codes_to_iso_639_1_where_one_exists(String iso3, String expected) {
    assertThat(OpenNlpLanguageDetector.toIso1(iso3)).isEqualTo(expected);
  }
}
