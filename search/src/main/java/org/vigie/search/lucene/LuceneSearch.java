package org.vigie.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.vigie.core.AnnotatedArticle;
import org.vigie.core.EntityCatalog;
import org.vigie.search.Facet;
import org.vigie.search.FacetCount;
import org.vigie.search.IndexFields;
import org.vigie.search.IndexedArticle;
import org.vigie.search.Overview;
import org.vigie.search.SearchFilters;
import org.vigie.search.SearchQuery;
import org.vigie.search.SearchQuery.SortOrder;
import org.vigie.search.SearchResult;
import org.vigie.search.SearchResult.Hit;
import org.vigie.search.TrendQuery;
import org.vigie.search.TrendResult;
import org.vigie.search.query.CrossLingualExpander;
import org.vigie.search.query.SearchCursor;
import org.vigie.search.query.StoryCollapser;
import org.vigie.search.query.TextQuery;
import org.vigie.search.query.TextQueryParser;
import org.vigie.search.query.TrendBuckets;

/** The read side of {@link LuceneArticleIndex}: search, facets, trends and streaming. */
final class LuceneSearch {
  private final org.apache.lucene.search.SearcherManager searchers;
  private final CrossLingualExpander expander;
  private final LuceneArticleIndex index;
  private final Executor passes;

  /** @param passes runs the counting pass while the calling thread collects the page */
  LuceneSearch(org.apache.lucene.search.SearcherManager searchers, EntityCatalog catalog, LuceneArticleIndex index, Executor passes) {
    this.searchers = searchers;
    this.expander = new CrossLingualExpander(catalog);
    this.index = index;
    this.passes = passes;
  }

  private TextQuery textOf(SearchQuery q) {
    TextQuery parsed = TextQueryParser.parse(q.text());
    return q.crossLingual() ? expander.expand(parsed) : parsed;
  }

  private static Query withFilters(Query text, SearchFilters filters) {
    if (filters.isEmpty()) return text;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(text, Occur.MUST);
    LuceneQueries.addFilters(b, filters);
    return b.build();
  }

  private static Sort sortOf(SortOrder order) {
    SortField id = new SortField(IndexFields.ID, SortField.Type.STRING);
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, id);
      case NEWEST -> {
        SortField published = new SortField(IndexFields.PUBLISHED, SortField.Type.LONG, true);
        published.setMissingValue(Long.MIN_VALUE);
        yield new Sort(published, id);
      }
    };
  }

  /**
   * The last hit of the previous page. Its doc id is the largest possible, so that documents
   * whose sort values equal the cursor's (only the cursor's own article: ids are unique) are
   * not returned again.
   */
  private static FieldDoc afterOf(SearchQuery q, IndexSearcher s) {
    if (q.after() == null) return null;
    int doc = Math.max(0, s.getIndexReader().maxDoc() - 1);
    SearchCursor c = SearchCursor.decode(q.after(), q.sort());
    BytesRef id = new BytesRef(c.articleId());
    return switch (c.sort()) {
      case RELEVANCE -> new FieldDoc(doc, c.score(), new Object[] {c.score(), id});
      case NEWEST -> new FieldDoc(doc, Float.NaN, new Object[] {c.published(), id});
    };
  }

  SearchResult search(SearchQuery q) {
    if (q.collapseStories()) return StoryCollapser.page(q, this::search);
    return run(q, null).result();
  }

  Overview overview(SearchQuery q, TrendQuery t) {
    if (q.collapseStories() || !Overview.sameMatches(q, t)) return new Overview(search(q), trends(t));
    return run(q, t);
  }

  /**
   * Two passes over the matches, each doing only what it needs. The counting pass (total, facet
   * counts and, with {@code trend}, the day counts) runs the query without scores: every match is
   * visited, but no score is computed. The top-hits pass scores, but only what could make the page:
   * once the page is full the collector raises the minimum competitive score and the scorers skip
   * blocks of postings whose best possible score is below it (block-max WAND). Collecting both in
   * one pass forced a full score for every match: at 1,000,000 articles one thread's CPU per heavy
   * request was 55–58 ms in one pass, 13 ms counting + 11–13 ms for the page in two. Both passes
   * run on the same searcher, so they see the same snapshot, and they run at the same time: the
   * counting pass on the search threads, the page on the calling thread. Each pass also splits
   * its segments into slices over the search threads, but slices follow segment sizes and a
   * merged index has one or two large segments, so one pass alone left a core idle much of the
   * time; two independent passes keep both busy (Lucene's task executor runs a slice on the
   * waiting thread when no search thread is free, so nesting cannot deadlock).
   */
  private Overview run(SearchQuery q, TrendQuery trend) {
    TextQuery text = textOf(q);
    Query textQuery = LuceneQueries.text(text);
    Query query = withFilters(textQuery, q.filters());
    int fetch = q.limit();
    MatchAggregator aggregator =
        trend == null
            ? MatchAggregator.facetsOnly(q.facets())
            : new MatchAggregator(q.facets(), true, millis(trend.effectiveFrom(), Long.MIN_VALUE), millis(trend.effectiveTo(), Long.MAX_VALUE),
                trend.split());
    return index.withSearcher(
        s -> {
          CompletableFuture<MatchAggregator.Counts> counting = CompletableFuture.supplyAsync(() -> count(s, query, aggregator), passes);
          TopDocs topDocs;
          List<Hit> hits;
          try {
            topDocs = s.search(query, new TopFieldCollectorManager(sortOf(q.sort()), fetch, afterOf(q, s), fetch));
            // a field-sorted collection leaves ScoreDoc.score NaN; score the page's hits alone
            TopFieldCollector.populateScores(topDocs.scoreDocs, s, query);
            // the page is read while the counting pass may still run
            hits = new ArrayList<>(topDocs.scoreDocs.length);
            for (ScoreDoc sd : topDocs.scoreDocs) {
              AnnotatedArticle a = LuceneArticleIndex.load(s, sd.doc);
              Hit hit = hitOf(a, sd.score);
              if (q.highlight()) hit = hit.withHighlights(SnippetHighlighter.highlight(textQuery, IndexedArticle.of(a, Map.of())));
              hits.add(hit);
            }
          } catch (IOException | RuntimeException e) {
            // the counting pass still reads this searcher: let it end before the searcher is released
            try {
              counting.join();
            } catch (RuntimeException also) {
              e.addSuppressed(also);
            }
            throw e;
          }
          MatchAggregator.Counts counts = joinCounts(counting);
          Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
          for (Facet f : q.facets()) facets.put(f, counts.facet(f, q.facetSize()));
          Optional<String> next = Optional.empty();
          if (topDocs.scoreDocs.length == q.limit()) {
            next = Optional.of(cursorOf((FieldDoc) topDocs.scoreDocs[topDocs.scoreDocs.length - 1], q.sort()));
          }
          SearchResult result = new SearchResult(counts.total, hits, facets, next);
          return new Overview(result, trend == null ? EMPTY_TREND : bucketsOf(trend, counts));
        });
  }

  private static MatchAggregator.Counts count(IndexSearcher s, Query query, MatchAggregator aggregator) {
    try {
      return s.search(query, aggregator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MatchAggregator.Counts joinCounts(CompletableFuture<MatchAggregator.Counts> counting) throws IOException {
    try {
      return counting.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw e;
    }
  }

  private static final TrendResult EMPTY_TREND = new TrendResult(TrendQuery.Interval.DAY, List.of(), List.of());

  private static long millis(Instant i, long orElse) {
    return i == null ? orElse : i.toEpochMilli();
  }

  private static TrendResult bucketsOf(TrendQuery t, MatchAggregator.Counts counts) {
    TrendBuckets buckets = new TrendBuckets(t.interval());
    counts.fill(buckets, t.split() != null);
    return buckets.build(t, t.split() != null);
  }

  private static String cursorOf(FieldDoc last, SortOrder sort) {
    String id = ((BytesRef) last.fields[1]).utf8ToString();
    return switch (sort) {
      case RELEVANCE -> SearchCursor.relevance((Float) last.fields[0], id).encode();
      case NEWEST -> SearchCursor.newest((Long) last.fields[0], id).encode();
    };
  }

  static Hit hitOf(AnnotatedArticle a, float score) {
    Instant published = a.article().publishedAt() == null ? null : a.article().publishedAt().toInstant();
    return new Hit(a.id(), a.article().title(), a.article().sourceId(), a.language(), score, published, a.article().storyId(), 1, List.of());
  }

  TrendResult trends(TrendQuery t) {
    SearchFilters filters = t.query().filters();
    if (t.effectiveFrom() != null || t.effectiveTo() != null) filters = filters.between(t.effectiveFrom(), t.effectiveTo());
    Query query = withFilters(LuceneQueries.text(textOf(t.query())), filters);
    MatchAggregator aggregator = new MatchAggregator(Set.of(), true, Long.MIN_VALUE, Long.MAX_VALUE, t.split());
    return index.withSearcher(s -> bucketsOf(t, s.search(query, aggregator)));
  }

  long stream(SearchQuery q, Consumer<AnnotatedArticle> sink) {
    Query query = withFilters(LuceneQueries.text(textOf(q)), q.filters());
    return index.withSearcher(
        s -> {
          Weight w = s.createWeight(s.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
          long n = 0;
          for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            Scorer scorer = w.scorer(leaf);
            if (scorer == null) continue;
            Bits live = leaf.reader().getLiveDocs();
            // matches come in doc-id order: the merge instance decompresses each stored-fields block
            // once for all its documents instead of once per document (JFR: a third of an export)
            StoredFields stored =
                leaf.reader() instanceof CodecReader codec ? codec.getFieldsReader().getMergeInstance() : leaf.reader().storedFields();
            SourceVisitor source = new SourceVisitor();
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
              if (live != null && !live.get(doc)) continue;
              source.json = null;
              stored.document(doc, source);
              sink.accept(org.vigie.core.json.VigieJson.mapper().readValue(source.json, AnnotatedArticle.class));
              n++;
            }
          }
          return n;
        });
  }

  /** Reads only the stored source, and stops reading the document once it has it. */
  private static final class SourceVisitor extends StoredFieldVisitor {
    byte[] json;

    @Override
    public Status needsField(FieldInfo field) {
      if (json != null) return Status.STOP;
      return IndexFields.SOURCE.equals(field.name) ? Status.YES : Status.NO;
    }

    @Override
    public void binaryField(FieldInfo field, byte[] value) {
      json = value;
    }
  }

  Instant newestPublished(IndexSearcher s) throws IOException {
    TopDocs td = s.search(new MatchAllDocsQuery(), 1, sortOf(SortOrder.NEWEST));
    if (td.scoreDocs.length == 0) return null;
    Object v = ((FieldDoc) td.scoreDocs[0]).fields[0];
    return v instanceof Long l && l != Long.MIN_VALUE ? Instant.ofEpochMilli(l) : null;
  }

}
