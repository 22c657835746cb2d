package org.vigie.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.nlp.NlpPipeline;
import org.vigie.nlp.NlpResources;

/**
 * The held-out split of the annotated corpus ({@code eval/entities}) scored by the shipped
 * recogniser, against recorded floors. Floors sit just under the figures measured when they were
 * set (nlp/README.md, held-out figures after round 5 of 2026-11-26, 090c1a3: en 0.908, fr 0.902,
 * linking 0.960, X 1.000 on 77 articles — the F1 floor is now the target itself; before:
 * en 0.907, fr 0.899 at 8296edd, en 0.901, fr 0.888, linking 0.955 at
 * 4fee65e, en 0.853, fr 0.826, linking 0.943 at 2d8d53c; first set at en 0.801, fr 0.800, linking
 * 0.917); they only go up, unless a commit says why.
 */
class EntityQualityGateTest {
  static final double F1_FLOOR = 0.90;
  static final double LINKING_FLOOR = 0.95;
  static final double X_PRECISION_FLOOR = 0.99;

  private static EntityScores scores;

  @BeforeAll
  static void score() throws Exception {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<GoldArticle> test =
        EntityCorpus.load(root.resolve("eval/entities"), root.resolve("app/src/main/resources/demo/articles")).stream()
            .filter(g -> g.split().equals("test"))
            .toList();
    assertThat(test).as("held-out articles").isNotEmpty();
    NlpPipeline pipeline = NlpResources.loadDefault().pipeline("gate", Clock.systemUTC());
    scores = EntityEvaluator.evaluate(test, g -> pipeline.annotate(g.article(), g.language()));
  }

  @Test
  void entity_f1_per_language_stays_above_its_floor() {
    assertThat(scores.byLanguage()).containsKeys("en", "fr");
    scores.byLanguage().forEach((lang, counts) -> assertThat(counts.f1()).as("F1 %s", lang).isGreaterThanOrEqualTo(F1_FLOOR));
  }

  @Test
  void linking_accuracy_stays_above_its_floor() {
    assertThat(scores.linkingAccuracy()).isGreaterThanOrEqualTo(LINKING_FLOOR);
  }

  @Test
  void x_the_platform_is_almost_never_the_letter() {
    assertThat(scores.xSystemMentions()).isPositive();
    assertThat(scores.xPrecision()).isGreaterThanOrEqualTo(X_PRECISION_FLOOR);
  }
}
