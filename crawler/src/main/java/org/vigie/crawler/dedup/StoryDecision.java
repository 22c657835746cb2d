package org.vigie.crawler.dedup;

import java.util.Objects;

/** How an article got its story id. */
public sealed interface StoryDecision {
  String storyId();

  /** Grouped before (a re-crawl or reprocess): the stored story id, unchanged. */
  record Known(String storyId) implements StoryDecision {
    public Known {
      Objects.requireNonNull(storyId, "storyId");
    }
  }

  /**
   * A near-duplicate of {@code matchedArticleId}: joins its story.
   *
   * @param similarity the estimated Jaccard similarity of the two texts' shingles
   */
  record Joined(String storyId, String matchedArticleId, double similarity) implements StoryDecision {
    public Joined {
      Objects.requireNonNull(storyId, "storyId");
      Objects.requireNonNull(matchedArticleId, "matchedArticleId");
      if (similarity < 0 || similarity > 1) throw new IllegalArgumentException("similarity " + similarity);
    }
  }

  /** No near-duplicate above the threshold: the first member of a new story. */
  record Started(String storyId) implements StoryDecision {
    public Started {
      Objects.requireNonNull(storyId, "storyId");
    }
  }
}
