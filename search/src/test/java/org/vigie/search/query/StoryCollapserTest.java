package org.vigie.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.search.Fixtures;
import org.vigie.search.SearchQuery;
import org.vigie.search.SearchResult;
import org.vigie.search.SearchResult.Hit;
import org.vigie.search.lucene.LuceneArticleIndex;

class StoryCollapserTest {
  @TempDir Path dir;

  // Regression: once story grouping gave every article a story id, collapsing a page asked the
  // index two extra queries per hit (best of story, outlet count); single-article stories need
  // neither, and one facet query over the page's story ids tells which stories have several.
  @Test
  void single_article_stories_cost_no_per_story_queries() {
    try (LuceneArticleIndex index = LuceneArticleIndex.open(dir, Fixtures.CATALOG)) {
      for (int i = 0; i < 6; i++) {
        index.index(article("outlet-" + i, "alone-" + i, "s-alone-" + i));
      }
      index.index(article("outlet-a", "wire-a", "s-wire"));
      index.index(article("outlet-b", "wire-b", "s-wire"));
      index.refresh();
      AtomicInteger queries = new AtomicInteger();
      Function<SearchQuery, SearchResult> counted = q -> {
        queries.incrementAndGet();
        return index.search(q);
      };

      SearchResult page = StoryCollapser.page(SearchQuery.text("deepfake").collapseStories(true).limit(20), counted);

      assertThat(page.hits()).hasSize(7).extracting(Hit::storyId).doesNotHaveDuplicates();
      assertThat(page.hits()).filteredOn(h -> h.storyId().equals("s-wire")).singleElement()
          .extracting(Hit::storyOutlets).isEqualTo(2);
      assertThat(page.hits()).filteredOn(h -> h.storyId().startsWith("s-alone")).allSatisfy(h -> assertThat(h.storyOutlets()).isEqualTo(1));
      // the page, the story sizes, and best-of-story plus outlet count for the one wire story
      assertThat(queries).hasValue(4);
    }
  }

  private static org.vigie.core.AnnotatedArticle article(String outlet, String slug, String story) {
    return Fixtures.article(
        outlet, slug, "en", "2026-01-09T14:50:00+00:00", story, "Deepfake report " + slug, null,
        "A deepfake story told by " + outlet + ".", List.of(), List.of(), List.of(), List.of(), null);
  }
}
