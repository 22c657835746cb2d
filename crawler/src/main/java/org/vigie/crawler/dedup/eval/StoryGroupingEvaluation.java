package org.vigie.crawler.dedup.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.vigie.core.Article;
import org.vigie.crawler.dedup.WordShingles;

/**
 * Pairwise precision and recall of a story grouping against known wire groups: a pair of
 * articles from one wire group should share a story id (recall), and every pair that shares one
 * should be from one wire group (precision). Also the exact word 5-gram Jaccard of the least
 * similar pair that should be grouped and of the most similar pair that should not: the gap the
 * threshold must fall in.
 */
public final class StoryGroupingEvaluation {
  private StoryGroupingEvaluation() {}

  /**
   * One article of the ground truth.
   *
   * @param wireGroup the dispatch this article copies, or empty when it copies none
   */
  public record Labelled(Article article, Optional<String> wireGroup) {
    public Labelled {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(wireGroup, "wireGroup");
    }
  }

  /**
   * @param truePairs pairs that should share a story; {@code groupedTrue} of them do
   * @param groupedPairs pairs that share a story
   * @param leastSimilarCopies exact Jaccard of the least similar pair that should be grouped
   * @param mostSimilarOthers exact Jaccard of the most similar pair that should not
   */
  public record Result(int articles, int truePairs, int groupedPairs, int groupedTrue, double leastSimilarCopies,
      double mostSimilarOthers) {
    public double precision() {
      return groupedPairs == 0 ? 1.0 : (double) groupedTrue / groupedPairs;
    }

    public double recall() {
      return truePairs == 0 ? 1.0 : (double) groupedTrue / truePairs;
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT,
          "%d articles, %d pairs to group, %d grouped (%d rightly): pairwise precision %.4f, recall %.4f; "
              + "exact 5-gram Jaccard: least similar copies %.3f, most similar non-copies %.3f",
          articles, truePairs, groupedPairs, groupedTrue, precision(), recall(), leastSimilarCopies, mostSimilarOthers);
    }
  }

  /** Groups the articles in the given order with {@code grouper}, then scores every pair. */
  public static Result run(List<Labelled> truth, Function<Article, Article> grouper) {
    List<String> stories = new ArrayList<>();
    List<long[]> shingles = new ArrayList<>();
    for (Labelled l : truth) {
      stories.add(Objects.requireNonNull(grouper.apply(l.article()).storyId(), "story id"));
      shingles.add(WordShingles.of(l.article().title() + "\n" + l.article().bodyText()));
    }
    int truePairs = 0, grouped = 0, groupedTrue = 0;
    double leastCopies = 1, mostOthers = 0;
    for (int i = 0; i < truth.size(); i++) {
      for (int j = i + 1; j < truth.size(); j++) {
        Optional<String> wi = truth.get(i).wireGroup();
        boolean shouldGroup = wi.isPresent() && wi.equals(truth.get(j).wireGroup());
        boolean isGrouped = stories.get(i).equals(stories.get(j));
        double jaccard = WordShingles.jaccard(shingles.get(i), shingles.get(j));
        if (shouldGroup) {
          truePairs++;
          leastCopies = Math.min(leastCopies, jaccard);
        } else {
          mostOthers = Math.max(mostOthers, jaccard);
        }
        if (isGrouped) grouped++;
        if (isGrouped && shouldGroup) groupedTrue++;
      }
    }
    return new Result(truth.size(), truePairs, grouped, groupedTrue, leastCopies, mostOthers);
  }
}
