package org.vigie.search.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.vigie.search.SearchResult;
import org.vigie.search.SearchResult.Hit;

/**
 * Collapses the hits of one story (wire copies and follow-ups sharing a {@code storyId}) into the
 * best-ranked one, which carries how many outlets covered the story. Backends over-fetch, then
 * call this, so both collapse the same way.
 */
public final class StoryCollapser {
  /** Hits fetched per hit shown, so a page still fills when stories have several articles. */
  public static final int OVERFETCH = 4;

  private StoryCollapser() {}

  /**
   * @param outletsOfStory how many distinct outlets published articles of a story
   */
  public static List<Hit> collapse(List<Hit> ranked, int limit, ToIntFunction<String> outletsOfStory) {
    List<Hit> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Hit h : ranked) {
      if (out.size() == limit) break;
      if (h.storyId() == null) {
        out.add(h);
      } else if (seen.add(h.storyId())) {
        out.add(h.withStory(outletsOfStory.applyAsInt(h.storyId())));
      }
    }
    return out;
  }

  /** The page size to ask the backend for. */
  public static int fetchSize(int limit) {
    return Math.min(org.vigie.search.SearchQuery.MAX_LIMIT, limit * OVERFETCH);
  }

  /** The query that counts a story's outlets. */
  public static org.vigie.search.SearchQuery outletsQuery(String storyId) {
    return org.vigie.search.SearchQuery.all()
        .filters(org.vigie.search.SearchFilters.NONE.with(org.vigie.search.Facet.STORY, storyId))
        .facets(org.vigie.search.Facet.OUTLET)
        .facetSize(1000)
        .limit(1);
  }

  public static int outletCount(SearchResult r) {
    return Math.max(1, r.facet(org.vigie.search.Facet.OUTLET).size());
  }
}
