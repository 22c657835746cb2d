package org.vigie.search;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;
import org.vigie.core.AnnotatedArticle;

/**
 * The one search contract. Every backend (embedded Lucene, Elasticsearch) passes the same
 * contract test suite ({@code ArticleIndexContract}), so callers never know which one runs.
 *
 * <p>Writes are idempotent by article id: indexing an article again (re-annotated, re-extracted)
 * replaces it. A write becomes searchable at the latest one second later, or at once after
 * {@link #refresh()}.
 */
public interface ArticleIndex extends AutoCloseable {

  void index(AnnotatedArticle article);

  /**
   * Indexes many articles, in bulk where the backend can.
   *
   * @throws IndexingException listing every article that could not be written after retries
   */
  default void indexAll(Collection<AnnotatedArticle> articles) {
    articles.forEach(this::index);
  }

  /** Removes an article; removing an absent id is not an error. */
  void delete(String articleId);

  /** Makes every write so far visible to search. */
  void refresh();

  /** The article exactly as indexed. */
  Optional<AnnotatedArticle> get(String articleId);

  /**
   * One page of hits with facet counts and the next page's cursor.
   *
   * @throws InvalidQueryException when the text or the cursor cannot be understood
   */
  SearchResult search(SearchQuery query);

  /** Counts per day, week or month, optionally split into series; empty periods included. */
  TrendResult trends(TrendQuery query);

  /**
   * A page of hits with its facets and a trend, as {@link #search} and {@link #trends} would give
   * them. When {@link Overview#sameMatches} holds, backends count the trend in the same pass (or
   * request) as the facets.
   */
  default Overview overview(SearchQuery query, TrendQuery trend) {
    return new Overview(search(query), trends(trend));
  }

  /**
   * Hands every article matching the query (text and filters; limit, sort and cursor ignored) to
   * {@code sink}, one at a time, in constant memory: there is no cap.
   *
   * @return how many articles were handed over
   */
  long stream(SearchQuery query, Consumer<AnnotatedArticle> sink);

  long count();

  IndexStats stats();

  @Override
  void close();
}
