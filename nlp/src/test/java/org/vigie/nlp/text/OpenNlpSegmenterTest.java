package org.vigie.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenNlpSegmenterTest {
  private static OpenNlpSegmenter segmenter;

  @BeforeAll
  static void load() {
    segmenter = OpenNlpSegmenter.loadDefault();
  }

  private static List<String> sentences(Segmentation s) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < s.sentenceCount(); i++) out.add(s.text().substring(s.sentenceStart(i), s.sentenceEnd(i)));
    return out;
  }

  private static List<String> tokens(Segmentation s) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < s.tokenCount(); i++) out.add(s.token(i));
    return out;
  }

  @Test
  void splits_french_sentences_and_elided_clitics() {
    Segmentation s =
        segmenter.segment("L'Arcom a saisi la plateforme. Ofcom a ouvert une enquête sur X jeudi.", "fr");
    assertThat(sentences(s)).containsExactly("L'Arcom a saisi la plateforme.", "Ofcom a ouvert une enquête sur X jeudi.");
    assertThat(tokens(s)).startsWith("L'", "Arcom", "a", "saisi");
  }

  @Test
  void splits_english_sentences_and_punctuation_with_the_published_model() {
    Segmentation s =
        segmenter.segment("Ofcom opened an investigation. The regulator said X (formerly Twitter) had complied.", "en");
    assertThat(s.sentenceCount()).isEqualTo(2);
    assertThat(tokens(s)).containsSubsequence("investigation", ".", "The").contains("(", ")");
  }

  @Test
  void keeping_plain_words_whole_changes_no_english_token() throws Exception {
    opennlp.tools.tokenize.TokenizerModel published;
    try (var in = org.vigie.nlp.ModelResources.open(OpenNlpSegmenter.TOKENS_EN)) {
      published = new opennlp.tools.tokenize.TokenizerModel(in);
    }
    assertThat(published.useAlphaNumericOptimization()).as("the published model asks the model at every character").isFalse();
    var fast = new opennlp.tools.tokenize.TokenizerME(OpenNlpSegmenter.keepingPlainWordsWhole(published));
    var reference = new opennlp.tools.tokenize.TokenizerME(published);
    List<String> lines = java.nio.file.Files.readAllLines(
        java.nio.file.Path.of(getClass().getResource("/text/english-tokenization-traps.txt").toURI()));
    assertThat(lines).hasSize(6);
    for (String line : lines) {
      assertThat(fast.tokenize(line)).as(line).containsExactly(reference.tokenize(line));
    }
  }

  @Test
  void offsets_index_into_the_original_text() {
    String text = "Grok : Bruxelles ordonne à X de conserver ses documents.  La Commission l'a confirmé.";
    Segmentation s = segmenter.segment(text, "fr");
    for (int i = 0; i < s.tokenCount(); i++) {
      assertThat(text.substring(s.tokenStart(i), s.tokenEnd(i))).isEqualTo(s.token(i)).isNotBlank();
    }
    assertThat(s.sentenceAt(text.indexOf("Commission"))).isEqualTo(s.sentenceCount() - 1);
  }
}
