package org.vigie.search.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.vigie.search.Facet;
import org.vigie.search.InvalidQueryException;
import org.vigie.search.SearchQuery;
import org.vigie.search.SearchResult;
import org.vigie.search.SearchResult.Hit;

/**
 * Collapses the hits of one story (wire copies and follow-ups sharing a {@code storyId}) into the
 * best-ranked one, which carries how many outlets covered the story. Backends over-fetch, then
 * call this, so both collapse the same way.
 *
 * <p>Paging ({@link #page}): a story is shown on the page where its best-ranked article falls,
 * and only there. Whether a hit is its story's best is asked of the index (the same query
 * restricted to the story, top 1), not remembered from earlier pages, so the cursor carries no
 * list of stories already shown: it is the raw page's cursor plus how many of its hits were
 * consumed.
 */
public final class StoryCollapser {
  /** Hits fetched per hit shown, so a page still fills when stories have several articles. */
  public static final int OVERFETCH = 4;

  private StoryCollapser() {}

  private static final String CURSOR_PREFIX = "story:";

  /**
   * One page of collapsed hits with a cursor for the next, on top of a backend's plain search.
   * Total and facets are those of the plain search (every matching article).
   *
   * @param plain the backend's search without collapse
   */
  public static SearchResult page(SearchQuery q, Function<SearchQuery, SearchResult> plain) {
    int skip = 0;
    String rawAfter = null;
    if (q.after() != null) {
      String c = q.after();
      int colon = c.indexOf(':', CURSOR_PREFIX.length());
      if (!c.startsWith(CURSOR_PREFIX) || colon < 0) throw new InvalidQueryException("malformed cursor: not one of a collapsed search");
      try {
        skip = Integer.parseInt(c.substring(CURSOR_PREFIX.length(), colon));
      } catch (NumberFormatException e) {
        throw new InvalidQueryException("malformed cursor");
      }
      rawAfter = c.substring(colon + 1);
      if (rawAfter.isEmpty()) rawAfter = null;
      if (skip < 0) throw new InvalidQueryException("malformed cursor");
    }
    SearchQuery raw = q.collapseStories(false).after(rawAfter).limit(fetchSize(q.limit()));
    SearchResult batch = plain.apply(raw);
    SearchResult first = batch;
    Map<String, String> best = new HashMap<>();
    List<Hit> out = new ArrayList<>();
    String batchAfter = rawAfter;
    Map<String, Long> storySizes = new HashMap<>();
    while (true) {
      List<Hit> hits = batch.hits();
      storySizes.putAll(storySizes(hits, storySizes.keySet(), plain));
      for (int i = skip; i < hits.size(); i++) {
        Hit h = hits.get(i);
        // Most stories are one article: it is its own best hit and its story has one outlet, so
        // only stories of several articles cost the two per-story queries.
        boolean several = h.storyId() != null && storySizes.getOrDefault(h.storyId(), 2L) > 1;
        if (several && !h.articleId().equals(best.computeIfAbsent(h.storyId(), sid -> bestOf(q, sid, plain)))) continue;
        out.add(!several ? h : h.withStory(outletCount(plain.apply(outletsQuery(h.storyId())))));
        if (out.size() == q.limit()) {
          boolean more = i + 1 < hits.size() || batch.nextCursor().isPresent();
          Optional<String> next = more ? Optional.of(CURSOR_PREFIX + (i + 1) + ":" + (batchAfter == null ? "" : batchAfter)) : Optional.empty();
          return new SearchResult(first.total(), out, first.facets(), next);
        }
      }
      if (batch.nextCursor().isEmpty()) return new SearchResult(first.total(), out, first.facets(), Optional.empty());
      batchAfter = batch.nextCursor().get();
      batch = plain.apply(raw.after(batchAfter).facets(new Facet[0]));
      skip = 0;
    }
  }

  /** How many indexed articles each story of these hits has, in one query (stories already known are skipped). */
  private static Map<String, Long> storySizes(List<Hit> hits, java.util.Set<String> known, Function<SearchQuery, SearchResult> plain) {
    String[] ids = hits.stream().map(Hit::storyId).filter(id -> id != null && !known.contains(id)).distinct().toArray(String[]::new);
    Map<String, Long> sizes = new HashMap<>();
    if (ids.length == 0) return sizes;
    SearchResult r =
        plain.apply(
            SearchQuery.all()
                .filters(org.vigie.search.SearchFilters.NONE.with(Facet.STORY, ids))
                .facets(Facet.STORY)
                .facetSize(ids.length)
                .limit(1));
    r.facet(Facet.STORY).forEach(c -> sizes.put(c.value(), c.count()));
    return sizes;
  }

  /** The id of the story's best-ranked match for this query, or "" if none. */
  private static String bestOf(SearchQuery q, String storyId, Function<SearchQuery, SearchResult> plain) {
    SearchQuery top = q.collapseStories(false).after(null).highlight(false).facets(new Facet[0]).limit(1)
        .filters(q.filters().with(Facet.STORY, storyId));
    List<Hit> hits = plain.apply(top).hits();
    return hits.isEmpty() ? "" : hits.getFirst().articleId();
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
