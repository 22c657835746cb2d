package org.vigie.crawler.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.core.Article;
import org.vigie.crawler.state.CrawlDatabase;

class StoryGroupingConcurrencyTest {
  @TempDir Path dataDir;

  private static final int OUTLETS = 12;
  private static final int ROUNDS = 10;

  @Test
  void copies_of_one_dispatch_arriving_at_once_on_many_threads_make_one_story() throws Exception {
    Set<String> allStories = new HashSet<>();
    try (CrawlDatabase db = new CrawlDatabase(dataDir);
        ExecutorService pool = Executors.newFixedThreadPool(OUTLETS)) {
      MinHashStoryGrouper grouper = new MinHashStoryGrouper(db);
      for (int round = 0; round < ROUNDS; round++) {
        List<org.vigie.core.TextBlock> body = dispatch(round);
        List<Article> copies = new ArrayList<>();
        for (int outlet = 0; outlet < OUTLETS; outlet++) {
          copies.add(DedupFixtures.article(URI.create("https://outlet" + outlet + ".example/r" + round),
              "Round " + round + " headline by outlet " + outlet, body, "en"));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> stories = new ArrayList<>();
        for (Article copy : copies) stories.add(pool.submit(() -> {
          start.await();
          return grouper.apply(copy).storyId();
        }));
        start.countDown();
        Set<String> distinct = new HashSet<>();
        for (Future<String> f : stories) distinct.add(f.get());

        assertThat(distinct).as("round %d", round).hasSize(1);
        assertThat(copies.stream().map(a -> "s-" + a.id()).toList()).containsAnyElementsOf(distinct);
        allStories.addAll(distinct);
      }
    }
    assertThat(allStories).hasSize(ROUNDS);
  }

  /**
   * A dispatch of its own per round: 200 words drawn (seeded) from the English fixture's
   * vocabulary, so two rounds share almost no 5-gram.
   */
  private static List<org.vigie.core.TextBlock> dispatch(int round) {
    String[] words = DedupFixtures.read("dedup/en/reuters-dispatch.txt").split("\\s+");
    java.util.Random random = new java.util.Random(round);
    List<org.vigie.core.TextBlock> blocks = new ArrayList<>();
    for (int p = 0; p < 4; p++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 50; w++) text.append(words[random.nextInt(words.length)]).append(' ');
      blocks.add(org.vigie.core.TextBlock.paragraph(text.toString().strip()));
    }
    return blocks;
  }
}
