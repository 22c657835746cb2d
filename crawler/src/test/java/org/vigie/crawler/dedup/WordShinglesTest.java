package org.vigie.crawler.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordShinglesTest {
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', value = {
    "L’exécutif européen a infligé une amende  | l'executif europeen a inflige une amende",
    "« Tromper les utilisateurs » , a-t-elle dit | tromper les utilisateurs a t elle dit",
    "Cœur de l'ŒUVRE, Straße und Æsir et cetera | coeur de l oeuvre strasse und aesir et cetera",
    "X (ex-Twitter), 120 millions d'euros ! ok  | x ex twitter 120 millions d euros ok",
  })
  void texts_that_differ_only_in_case_accents_and_punctuation_shingle_alike(String a, String b) {
    assertThat(WordShingles.of(a)).isEqualTo(WordShingles.of(b));
  }

  @Test
  void a_changed_word_changes_only_the_shingles_around_it() {
    String base = "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze";
    long[] a = WordShingles.of(base);
    long[] b = WordShingles.of(base.replace("huit", "HUIT!").replace("dix", "dix-sept"));

    assertThat(a).hasSize(11);
    assertThat(WordShingles.jaccard(a, a)).isEqualTo(1.0);
    assertThat(WordShingles.jaccard(a, b)).isBetween(0.0, 0.5);
    assertThat(WordShingles.jaccard(a, WordShingles.of(base + " seize"))).isEqualTo(11.0 / 12);
  }

  @Test
  void a_text_shorter_than_a_shingle_is_one_shingle_and_a_text_without_words_none() {
    assertThat(WordShingles.of("Grok limité")).hasSize(1);
    assertThat(WordShingles.of("Grok limité")).isNotEqualTo(WordShingles.of("Grok bloqué"));
    assertThat(WordShingles.of(" — … ! ")).isEmpty();
  }

  @Test
  void the_minhash_estimate_is_close_to_the_exact_jaccard() {
    String text = DedupFixtures.read("dedup/fr/afp-dispatch.txt");
    String cut = DedupFixtures.read("dedup/fr/afp-copy-with-a-sentence-cut.txt");
    long[] a = WordShingles.of(text);
    long[] b = WordShingles.of(cut);
    double exact = WordShingles.jaccard(a, b);
    double estimate = MinHashSignature.of(a).similarity(MinHashSignature.of(b));

    assertThat(exact).isBetween(0.6, 0.95);
    // Four standard errors of a 128-hash estimate at this similarity.
    assertThat(estimate).isCloseTo(exact, org.assertj.core.data.Offset.offset(4 * Math.sqrt(exact * (1 - exact) / 128)));
    assertThat(MinHashSignature.fromBytes(MinHashSignature.of(a).toBytes())).isEqualTo(MinHashSignature.of(a));
  }
}
