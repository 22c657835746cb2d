package org.vigie.crawler.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {
  @Test
  void identical_texts_score_one() {
    ShingleMetric.PageCounts c = ShingleMetric.compare("one two three four five six", "one two three four five six");
    assertThat(c.precision()).isEqualTo(1.0);
    assertThat(c.recall()).isEqualTo(1.0);
  }

  @Test
  void counts_repeated_shingles_as_a_multiset() {
    // truth 4-grams: abcd, bcda, cdab, dabc, abcd (abcd twice); prediction: abcd once.
    ShingleMetric.PageCounts c = ShingleMetric.compare("a b c d a b c d", "a b c d");
    assertThat(c.precision()).isEqualTo(1.0);
    assertThat(c.recall()).isCloseTo(0.2, within(1e-9));
  }

  @Test
  void a_text_shorter_than_four_words_is_one_shingle() {
    assertThat(ShingleMetric.compare("hello world", "hello, world!").recall()).isEqualTo(1.0);
    assertThat(ShingleMetric.compare("hello world", "hello there").recall()).isEqualTo(0.0);
  }

  @Test
  void tokens_are_unicode_words() {
    assertThat(ShingleMetric.tokens("L'été à Zürich — 3,5 %")).containsExactly("L", "été", "à", "Zürich", "3", "5");
  }

  @Test
  void empty_prediction_has_zero_recall_and_stays_out_of_the_precision_average() {
    ShingleMetric.PageCounts perfect = ShingleMetric.compare("a b c d e", "a b c d e");
    ShingleMetric.PageCounts empty = ShingleMetric.compare("a b c d e", "");
    ShingleMetric.Score s = ShingleMetric.aggregate(List.of(perfect, empty));
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(0.5);
    assertThat(s.f1()).isCloseTo(2 * 1.0 * 0.5 / 1.5, within(1e-9));
  }

  @Test
  void f1_is_the_harmonic_mean_of_averaged_precision_and_recall_not_an_average_of_f1s() {
    // page A: P=1, R=0.5 ; page B: P=0.5, R=1
    ShingleMetric.PageCounts a = ShingleMetric.compare("a b c d e f g h", "a b c d e");
    ShingleMetric.PageCounts b = ShingleMetric.compare("a b c d e", "a b c d e f g h");
    assertThat(a.precision()).isEqualTo(1.0);
    assertThat(a.recall()).isEqualTo(0.4);
    ShingleMetric.Score s = ShingleMetric.aggregate(List.of(a, b));
    assertThat(s.precision()).isCloseTo(0.7, within(1e-9));
    assertThat(s.recall()).isCloseTo(0.7, within(1e-9));
    assertThat(s.f1()).isCloseTo(0.7, within(1e-9));
  }
}
