package org.vigie.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.vigie.core.AnnotatedArticle;
import org.vigie.core.EntityCatalog;
import org.vigie.search.Facet;
import org.vigie.search.FacetCount;
import org.vigie.search.IndexFields;
import org.vigie.search.IndexedArticle;
import org.vigie.search.Overview;
import org.vigie.search.SearchFilters;
import org.vigie.search.SearchQuery;
import org.vigie.search.SearchResult;
import org.vigie.search.TrendQuery;
import org.vigie.search.TrendResult;
import org.vigie.search.lucene.LuceneQueries;
import org.vigie.search.lucene.SnippetHighlighter;
import org.vigie.search.query.CrossLingualExpander;
import org.vigie.search.query.SearchCursor;
import org.vigie.search.query.StoryCollapser;
import org.vigie.search.query.TextQuery;
import org.vigie.search.query.TextQueryParser;
import org.vigie.search.query.TrendBuckets;

/** The read side of {@link ElasticsearchArticleIndex}. */
final class ElasticsearchSearch {
  private static final int SCAN_PAGE = 1_000;
  private static final String TOTAL = "total";
  private static final String SERIES = "series";
  private static final String TREND = "trend";

  private final ElasticsearchClient client;
  private final String alias;
  private final CrossLingualExpander expander;

  ElasticsearchSearch(ElasticsearchClient client, String alias, EntityCatalog catalog) {
    this.client = client;
    this.alias = alias;
    this.expander = new CrossLingualExpander(catalog);
  }

  private TextQuery textOf(SearchQuery q) {
    TextQuery parsed = TextQueryParser.parse(q.text());
    return q.crossLingual() ? expander.expand(parsed) : parsed;
  }

  private static List<SortOptions> sortOf(SearchQuery.SortOrder order) {
    SortOptions id = SortOptions.of(s -> s.field(f -> f.field(IndexFields.ID).order(SortOrder.Asc)));
    return switch (order) {
      case RELEVANCE -> List.of(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))), id);
      case NEWEST -> List.of(SortOptions.of(s -> s.field(f -> f.field(IndexFields.PUBLISHED).order(SortOrder.Desc).missing("_last"))), id);
    };
  }

  private static List<FieldValue> afterOf(SearchQuery q) {
    if (q.after() == null) return null;
    SearchCursor c = SearchCursor.decode(q.after(), q.sort());
    return switch (c.sort()) {
      case RELEVANCE -> List.of(FieldValue.of((double) c.score()), FieldValue.of(c.articleId()));
      case NEWEST -> List.of(FieldValue.of(c.published()), FieldValue.of(c.articleId()));
    };
  }

  SearchResult search(SearchQuery q) {
    if (q.collapseStories()) return StoryCollapser.page(q, this::search);
    return run(q, null).result();
  }

  /** Hits, facets and the trend in one request when the trend counts the same matches. */
  Overview overview(SearchQuery q, TrendQuery t) {
    if (q.collapseStories() || !Overview.sameMatches(q, t)) return new Overview(search(q), trends(t));
    return run(q, t);
  }

  private Overview run(SearchQuery q, TrendQuery trend) {
    TextQuery text = textOf(q);
    Query query = ElasticsearchQueries.withFilters(ElasticsearchQueries.text(text), q.filters());
    int fetch = q.limit();
    List<FieldValue> after = afterOf(q);
    SearchRequest.Builder req = new SearchRequest.Builder().index(alias).query(query).size(fetch).trackTotalHits(t -> t.enabled(true))
        .sort(sortOf(q.sort())).source(s -> s.filter(f -> f.includes(IndexFields.SOURCE)));
    if (after != null) req.searchAfter(after);
    for (Facet f : q.facets()) req.aggregations(f.field(), a -> a.terms(t -> t.field(f.field()).size(q.facetSize())));
    if (trend != null) {
      // the trend's range may be narrower than the search's date filter: a filter aggregation holds it
      Query range = ElasticsearchQueries.withFilters(Query.of(b -> b.matchAll(m -> m)),
          SearchFilters.NONE.between(trend.effectiveFrom(), trend.effectiveTo()));
      req.aggregations(TREND, a -> a.filter(range).aggregations(trendAggregations(trend)));
    }
    SearchResponse<Map> resp = execute(req.build());
    List<SearchResult.Hit> hits = new ArrayList<>();
    org.apache.lucene.search.Query highlightQuery = q.highlight() ? LuceneQueries.text(text) : null;
    for (Hit<Map> h : resp.hits().hits()) {
      AnnotatedArticle a = ElasticsearchDocuments.fromSource(h.source().get(IndexFields.SOURCE));
      float score = h.score() == null ? Float.NaN : h.score().floatValue();
      Instant published = a.article().publishedAt() == null ? null : a.article().publishedAt().toInstant();
      SearchResult.Hit hit = new SearchResult.Hit(a.id(), a.article().title(), a.article().sourceId(), a.language(), score, published,
          a.article().storyId(), 1, List.of());
      if (highlightQuery != null) hit = hit.withHighlights(SnippetHighlighter.highlight(highlightQuery, IndexedArticle.of(a, Map.of())));
      hits.add(hit);
    }
    Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
    for (Facet f : q.facets()) {
      List<FacetCount> counts = new ArrayList<>();
      for (StringTermsBucket b : resp.aggregations().get(f.field()).sterms().buckets().array()) {
        counts.add(new FacetCount(b.key().stringValue(), b.docCount()));
      }
      facets.put(f, counts);
    }
    Optional<String> next = Optional.empty();
    if (resp.hits().hits().size() == q.limit()) {
      List<FieldValue> sort = resp.hits().hits().getLast().sort();
      String id = sort.get(1).stringValue();
      next = Optional.of(switch (q.sort()) {
        case RELEVANCE -> SearchCursor.relevance((float) sort.get(0).doubleValue(), id).encode();
        case NEWEST -> SearchCursor.newest(sort.get(0).longValue(), id).encode();
      });
    }
    long total = resp.hits().total() == null ? hits.size() : resp.hits().total().value();
    SearchResult result = new SearchResult(total, hits, facets, next);
    if (trend == null) return new Overview(result, new TrendResult(TrendQuery.Interval.DAY, List.of(), List.of()));
    return new Overview(result, bucketsOf(trend, resp.aggregations().get(TREND).filter().aggregations()));
  }

  TrendResult trends(TrendQuery t) {
    SearchFilters filters = t.query().filters();
    if (t.effectiveFrom() != null || t.effectiveTo() != null) filters = filters.between(t.effectiveFrom(), t.effectiveTo());
    Query query = ElasticsearchQueries.withFilters(ElasticsearchQueries.text(textOf(t.query())), filters);
    SearchRequest.Builder req = new SearchRequest.Builder().index(alias).query(query).size(0).aggregations(trendAggregations(t));
    return bucketsOf(t, execute(req.build()).aggregations());
  }

  private static Map<String, Aggregation> trendAggregations(TrendQuery t) {
    CalendarInterval interval = switch (t.interval()) {
      case DAY -> CalendarInterval.Day;
      case WEEK -> CalendarInterval.Week;
      case MONTH -> CalendarInterval.Month;
    };
    Aggregation histogram = Aggregation.of(a -> a.dateHistogram(h -> h.field(IndexFields.PUBLISHED).calendarInterval(interval).minDocCount(1)));
    Map<String, Aggregation> aggs = new java.util.HashMap<>();
    aggs.put(TOTAL, histogram);
    if (t.split() != null) {
      aggs.put(SERIES, Aggregation.of(a -> a.terms(tt -> tt.field(t.split().field()).size(t.maxSeries())).aggregations(TOTAL, histogram)));
    }
    return aggs;
  }

  private static TrendResult bucketsOf(TrendQuery t, Map<String, Aggregate> aggs) {
    TrendBuckets buckets = new TrendBuckets(t.interval());
    for (DateHistogramBucket b : aggs.get(TOTAL).dateHistogram().buckets().array()) {
      buckets.addTotal(TrendBuckets.utcDay(b.key()), b.docCount());
    }
    if (t.split() != null) {
      for (StringTermsBucket s : aggs.get(SERIES).sterms().buckets().array()) {
        for (DateHistogramBucket b : s.aggregations().get(TOTAL).dateHistogram().buckets().array()) {
          buckets.add(s.key().stringValue(), TrendBuckets.utcDay(b.key()), b.docCount());
        }
      }
    }
    return buckets.build(t, t.split() != null);
  }

  long stream(SearchQuery q, Consumer<AnnotatedArticle> sink) {
    Query query = ElasticsearchQueries.withFilters(ElasticsearchQueries.text(textOf(q)), q.filters());
    return scan(alias, query, sink);
  }

  /** Every article of {@code index}, or those written since {@code indexedSince} (epoch ms). */
  long scan(String index, Long indexedSince, Consumer<AnnotatedArticle> sink) {
    Query query = indexedSince == null
        ? Query.of(b -> b.matchAll(m -> m))
        : Query.of(b -> b.range(r -> r.date(d -> d.field(ElasticsearchDocuments.INDEXED_AT).format("epoch_millis").gte(Long.toString(indexedSince)))));
    return scan(index, query, sink);
  }

  /**
   * Pages through every match in article-id order with {@code search_after} inside a point in
   * time, so the scan sees one consistent view and holds one page in memory.
   */
  private long scan(String index, Query query, Consumer<AnnotatedArticle> sink) {
    String pit;
    try {
      pit = client.openPointInTime(o -> o.index(index).keepAlive(k -> k.time("2m"))).id();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long n = 0;
    try {
      List<FieldValue> after = null;
      while (true) {
        List<FieldValue> from = after;
        String pitId = pit;
        SearchRequest.Builder req = new SearchRequest.Builder().pit(p -> p.id(pitId).keepAlive(k -> k.time("2m"))).query(query).size(SCAN_PAGE)
            .trackTotalHits(t -> t.enabled(false))
            .sort(SortOptions.of(s -> s.field(f -> f.field(IndexFields.ID).order(SortOrder.Asc))))
            .source(s -> s.filter(f -> f.includes(IndexFields.SOURCE)));
        if (from != null) req.searchAfter(from);
        SearchResponse<Map> resp = execute(req.build());
        if (resp.pitId() != null) pit = resp.pitId();
        List<Hit<Map>> hits = resp.hits().hits();
        for (Hit<Map> h : hits) {
          sink.accept(ElasticsearchDocuments.fromSource(h.source().get(IndexFields.SOURCE)));
          n++;
        }
        if (hits.size() < SCAN_PAGE) break;
        after = hits.getLast().sort();
      }
    } finally {
      String pitId = pit;
      try {
        client.closePointInTime(c -> c.id(pitId));
      } catch (IOException | RuntimeException e) {
        // the point in time expires on its own after keep-alive
      }
    }
    return n;
  }

  Instant newestPublished() {
    SearchResponse<Map> r = execute(new SearchRequest.Builder().index(alias).size(1).sort(sortOf(SearchQuery.SortOrder.NEWEST))
        .source(s -> s.fetch(false)).build());
    if (r.hits().hits().isEmpty()) return null;
    FieldValue v = r.hits().hits().getFirst().sort().getFirst();
    return v.isLong() && v.longValue() != Long.MIN_VALUE ? Instant.ofEpochMilli(v.longValue()) : null;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private SearchResponse<Map> execute(SearchRequest req) {
    try {
      return client.search(req, Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ElasticsearchException e) {
      if (e.status() == 400) throw new org.vigie.search.InvalidQueryException(e.getMessage());
      throw e;
    }
  }
}
