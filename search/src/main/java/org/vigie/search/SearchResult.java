package org.vigie.search;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One page of hits, the total number of matches, facet counts over all matches, and the cursor of
 * the next page.
 *
 * @param nextCursor pass to {@link SearchQuery#after(String)} for the next page; empty on the
 *     last page
 */
public record SearchResult(long total, List<Hit> hits, Map<Facet, List<FacetCount>> facets, Optional<String> nextCursor) {
  public SearchResult {
    hits = List.copyOf(hits);
    EnumMap<Facet, List<FacetCount>> copy = new EnumMap<>(Facet.class);
    if (facets != null) facets.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    facets = Map.copyOf(copy);
    nextCursor = nextCursor == null ? Optional.empty() : nextCursor;
  }

  public SearchResult(long total, List<Hit> hits) {
    this(total, hits, Map.of(), Optional.empty());
  }

  public List<FacetCount> facet(Facet f) {
    return facets.getOrDefault(f, List.of());
  }

  /**
   * One matching article, with what a result list shows.
   *
   * @param publishedAt publication time, or {@code null} when the article has none
   * @param storyId the near-duplicate group, or {@code null}
   * @param storyOutlets with {@link SearchQuery#collapseStories()}, how many outlets covered the
   *     story; otherwise 1
   * @param highlights fragments with matches wrapped in {@code <em>}, the text escaped for HTML
   */
  public record Hit(
      String articleId,
      String title,
      String sourceId,
      String language,
      double score,
      Instant publishedAt,
      String storyId,
      int storyOutlets,
      List<String> highlights) {
    public Hit {
      highlights = List.copyOf(highlights == null ? List.of() : highlights);
    }

    public Hit(String articleId, String title, String sourceId, String language, double score) {
      this(articleId, title, sourceId, language, score, null, null, 1, List.of());
    }

    public Hit withStory(int outlets) {
      return new Hit(articleId, title, sourceId, language, score, publishedAt, storyId, outlets, highlights);
    }

    public Hit withHighlights(List<String> fragments) {
      return new Hit(articleId, title, sourceId, language, score, publishedAt, storyId, storyOutlets, fragments);
    }
  }
}
