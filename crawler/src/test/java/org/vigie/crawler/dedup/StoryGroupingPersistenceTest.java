package org.vigie.crawler.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.crawler.dedup.DedupFixtures.article;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Article;
import org.vigie.crawler.state.CrawlDatabase;

class StoryGroupingPersistenceTest {
  @TempDir Path dataDir;

  @Test
  void stories_survive_closing_and_reopening_the_crawl_database() {
    Article dispatch;
    try (CrawlDatabase db = new CrawlDatabase(dataDir)) {
      dispatch = new MinHashStoryGrouper(db).apply(article("fr/afp-dispatch", "a"));
    }

    try (CrawlDatabase db = new CrawlDatabase(dataDir)) {
      MinHashStoryGrouper reopened = new MinHashStoryGrouper(db);
      assertThat(reopened.assign(article("fr/afp-copy-with-a-sentence-cut", "b")))
          .isInstanceOfSatisfying(StoryDecision.Joined.class, j -> assertThat(j.storyId()).isEqualTo(dispatch.storyId()));
      assertThat(reopened.assign(article("fr/afp-dispatch", "a"))).isEqualTo(new StoryDecision.Known(dispatch.storyId()));
    }

    // A third session (a reprocess) sees both members and starts nothing new for them.
    try (CrawlDatabase db = new CrawlDatabase(dataDir)) {
      MinHashStoryGrouper third = new MinHashStoryGrouper(db);
      assertThat(third.assign(article("fr/afp-copy-with-a-sentence-cut", "b")))
          .isEqualTo(new StoryDecision.Known(dispatch.storyId()));
      assertThat(third.assign(article("fr/afp-copy-with-its-own-headline", "c")).storyId()).isEqualTo(dispatch.storyId());
    }
  }
}
