package org.vigie.search;

import java.util.Collection;
import java.util.Optional;
import org.vigie.core.AnnotatedArticle;

/**
 * The one search contract. Every backend (embedded Lucene, Elasticsearch) passes the same
 * contract test suite, so callers never know which one runs.
 *
 * <p>Writes are idempotent by article id: indexing an article again replaces it.
 */
public interface ArticleIndex extends AutoCloseable {

  void index(AnnotatedArticle article);

  default void indexAll(Collection<AnnotatedArticle> articles) {
    articles.forEach(this::index);
  }

  /** Makes every write so far visible to search. */
  void refresh();

  Optional<AnnotatedArticle> get(String articleId);

  SearchResult search(SearchQuery query);

  long count();

  @Override
  void close();
}
