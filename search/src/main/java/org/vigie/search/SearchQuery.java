package org.vigie.search;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What an analyst asks. Built fluently: {@code SearchQuery.text("amende DSA").limit(5)}.
 *
 * @param text free text in the query syntax of {@link org.vigie.search.query.TextQueryParser}
 *     (words, "phrases", OR, NOT/-, parentheses); blank matches everything
 * @param after the {@link SearchResult#nextCursor()} of the previous page, for deep pagination
 *     ({@code search_after}), or {@code null} for the first page
 * @param facets fields whose value counts over all matches are returned
 * @param facetSize how many values per facet, the most frequent first
 * @param crossLingual whether entity names and the domain's key words are expanded to the other
 *     language; off only to compare with the literal query
 * @param collapseStories whether articles sharing a story id collapse into one hit carrying the
 *     story's outlet count
 * @param highlight whether hits carry highlighted fragments
 */
public record SearchQuery(
    String text,
    SearchFilters filters,
    SortOrder sort,
    int limit,
    String after,
    Set<Facet> facets,
    int facetSize,
    boolean crossLingual,
    boolean collapseStories,
    boolean highlight) {

  /** How hits are ordered; ties are always broken by article id, so pages are stable. */
  public enum SortOrder {
    RELEVANCE,
    NEWEST
  }

  public static final int MAX_LIMIT = 10_000;

  public SearchQuery {
    text = text == null ? "" : text;
    filters = filters == null ? SearchFilters.NONE : filters;
    sort = sort == null ? SortOrder.RELEVANCE : sort;
    if (limit <= 0) throw new IllegalArgumentException("limit must be positive");
    if (limit > MAX_LIMIT) throw new IllegalArgumentException("limit above " + MAX_LIMIT + "; page with the cursor or export");
    facets = facets == null || facets.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(facets));
    if (facetSize <= 0) throw new IllegalArgumentException("facetSize must be positive");
  }

  /** The first constructor of the contract, kept for its callers. */
  public SearchQuery(String text, int limit) {
    this(text, SearchFilters.NONE, SortOrder.RELEVANCE, limit, null, Set.of(), 10, true, false, false);
  }

  public static SearchQuery text(String text) {
    return new SearchQuery(text, 10);
  }

  public static SearchQuery all() {
    return text("");
  }

  public SearchQuery limit(int n) {
    return new SearchQuery(text, filters, sort, n, after, facets, facetSize, crossLingual, collapseStories, highlight);
  }

  public SearchQuery filters(SearchFilters f) {
    return new SearchQuery(text, f, sort, limit, after, facets, facetSize, crossLingual, collapseStories, highlight);
  }

  public SearchQuery sort(SortOrder s) {
    return new SearchQuery(text, filters, s, limit, after, facets, facetSize, crossLingual, collapseStories, highlight);
  }

  public SearchQuery after(String cursor) {
    return new SearchQuery(text, filters, sort, limit, cursor, facets, facetSize, crossLingual, collapseStories, highlight);
  }

  public SearchQuery facets(Facet... fs) {
    return new SearchQuery(text, filters, sort, limit, after, Set.of(fs), facetSize, crossLingual, collapseStories, highlight);
  }

  public SearchQuery facetSize(int n) {
    return new SearchQuery(text, filters, sort, limit, after, facets, n, crossLingual, collapseStories, highlight);
  }

  public SearchQuery crossLingual(boolean on) {
    return new SearchQuery(text, filters, sort, limit, after, facets, facetSize, on, collapseStories, highlight);
  }

  public SearchQuery collapseStories(boolean on) {
    return new SearchQuery(text, filters, sort, limit, after, facets, facetSize, crossLingual, on, highlight);
  }

  public SearchQuery highlight(boolean on) {
    return new SearchQuery(text, filters, sort, limit, after, facets, facetSize, crossLingual, collapseStories, on);
  }

  public boolean hasText() {
    return !Objects.requireNonNull(text).isBlank();
  }
}
