package org.vigie.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Article;
import org.vigie.core.TextBlock;
import org.vigie.crawler.dedup.MinHashStoryGrouper;
import org.vigie.crawler.dedup.eval.StoryGroupingEvaluation;
import org.vigie.crawler.dedup.eval.StoryGroupingEvaluation.Labelled;
import org.vigie.crawler.dedup.eval.StoryGroupingEvaluation.Result;
import org.vigie.crawler.state.CrawlDatabase;

/**
 * Wire-copy grouping scored on the demo corpus's ground truth: its {@code wire:} keys (10 agency
 * dispatches, 24 copies, 18 pairs). A pair from one wire group should share a story id; no other
 * pair should, follow-ups and translations of the same event included. The figures go in the
 * crawler README; the floors below only go up.
 */
class WireCopyGroupingEvaluationTest {
  private static final double PRECISION_FLOOR = 1.0;
  private static final double RECALL_FLOOR = 1.0;

  @TempDir Path dataDir;

  @Test
  void demo_wire_copies_are_grouped_with_pairwise_precision_and_recall_at_their_floors() {
    List<Labelled> truth = truth();
    Result inCorpusOrder;
    Result inReverseOrder;
    try (CrawlDatabase db = new CrawlDatabase(dataDir.resolve("forward"))) {
      inCorpusOrder = StoryGroupingEvaluation.run(truth, new MinHashStoryGrouper(db));
    }
    try (CrawlDatabase db = new CrawlDatabase(dataDir.resolve("reverse"))) {
      inReverseOrder = StoryGroupingEvaluation.run(truth.reversed(), new MinHashStoryGrouper(db));
    }
    System.out.println("wire-copy grouping, demo corpus, corpus order:  " + inCorpusOrder);
    System.out.println("wire-copy grouping, demo corpus, reverse order: " + inReverseOrder);

    assertThat(inCorpusOrder.truePairs()).isPositive();
    for (Result r : List.of(inCorpusOrder, inReverseOrder)) {
      assertThat(r.precision()).as(r.toString()).isGreaterThanOrEqualTo(PRECISION_FLOOR);
      assertThat(r.recall()).as(r.toString()).isGreaterThanOrEqualTo(RECALL_FLOOR);
      // The threshold must sit in the gap the corpus shows, or the figures above are luck.
      assertThat(r.leastSimilarCopies()).as(r.toString()).isGreaterThan(MinHashStoryGrouper.DEFAULT_THRESHOLD);
      assertThat(r.mostSimilarOthers()).as(r.toString()).isLessThan(MinHashStoryGrouper.DEFAULT_THRESHOLD);
    }
  }

  /** Each demo article as the pipeline sees it (title and body blocks), with its wire key. */
  private static List<Labelled> truth() {
    DemoCorpus corpus = DemoCorpus.load();
    List<Labelled> out = new ArrayList<>();
    for (DemoArticle a : corpus.articles()) {
      List<TextBlock> blocks = a.body().stream()
          .map(b -> b instanceof DemoArticle.Subheading ? TextBlock.heading(b.text()) : TextBlock.paragraph(b.text()))
          .toList();
      Article article = new Article(null, ArticleUrls.canonical(corpus.outlet(a.outlet()), a), null, a.outlet(),
          a.title(), a.lede(), a.authors(), a.published(), null, a.section(), a.lang(), blocks, Instant.EPOCH, null, null);
      out.add(new Labelled(article, a.wire()));
    }
    return out;
  }
}
