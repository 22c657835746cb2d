package org.vigie.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.search.ArticleIndex;
import org.vigie.search.ArticleIndexContract;
import org.vigie.search.Fixtures;
import org.vigie.search.SearchQuery;

class LuceneArticleIndexTest extends ArticleIndexContract {
  @TempDir Path dir;

  @Override
  protected ArticleIndex newIndex() {
    return LuceneArticleIndex.open(dir.resolve("index"), Fixtures.CATALOG, Fixtures.COUNTRIES);
  }

  @Test
  void reopening_the_directory_keeps_the_documents() {
    indexFixtures();
    index.close();
    index = newIndex();
    assertThat(index.count()).isEqualTo(Fixtures.all().size());
    assertThat(index.get(Fixtures.FR_FINE.id())).contains(Fixtures.FR_FINE);
    assertThat(index.search(SearchQuery.text("amende DSA")).hits().getFirst().articleId()).isEqualTo(Fixtures.FR_FINE.id());
  }

  @Test
  void the_two_argument_open_used_by_the_demo_works() {
    index.close();
    index = LuceneArticleIndex.open(dir.resolve("demo"), Fixtures.CATALOG);
    indexFixtures();
    assertThat(index.search(SearchQuery.text("amende DSA").limit(5)).hits().getFirst().articleId()).isEqualTo(Fixtures.FR_FINE.id());
  }
}
