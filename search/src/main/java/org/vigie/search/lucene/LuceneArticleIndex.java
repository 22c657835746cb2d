package org.vigie.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.AnnotatedArticle;
import org.vigie.core.EntityCatalog;
import org.vigie.core.json.VigieJson;
import org.vigie.search.ArticleIndex;
import org.vigie.search.IndexFields;
import org.vigie.search.IndexStats;
import org.vigie.search.IndexedArticle;
import org.vigie.search.SearchQuery;
import org.vigie.search.SearchResult;
import org.vigie.search.TrendQuery;
import org.vigie.search.TrendResult;

/**
 * The embedded backend: a Lucene index in a directory of the data directory. One {@link
 * IndexWriter} (updates by article id, so re-indexing replaces), one {@link SearcherManager}
 * reopened every {@value #REFRESH_MILLIS} ms in the background (near-real-time search without a
 * commit), and a commit every {@value #COMMIT_SECONDS} s and on close (durability).
 *
 * <p>Bulk loads ({@link #indexAll}) are what a rebuild or a reprocess does, so they are tuned for
 * throughput: a {@value #RAM_BUFFER_MB} MB buffer, one thread per core, and while one runs the
 * background reopens only every {@value #BULK_REFRESH_MILLIS} ms. Each reopen flushes every
 * in-memory segment, so reopening five times a second during a load wrote thousands of tiny
 * segments and spent a fifth of the indexing time merging them back (JFR, 100,000 articles).
 */
public final class LuceneArticleIndex implements ArticleIndex {
  private static final Logger LOG = LoggerFactory.getLogger(LuceneArticleIndex.class);
  static final long REFRESH_MILLIS = 200;
  static final long BULK_REFRESH_MILLIS = 1_000;
  static final long COMMIT_SECONDS = 15;
  static final int RAM_BUFFER_MB = 256;
  private static final String MAPPING_KEY = "vigie.mapping";
  private static final FilterCachingPolicy FILTER_CACHING = new FilterCachingPolicy();

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ScheduledExecutorService background;
  private final java.util.concurrent.ExecutorService searchThreads;
  private final Map<String, String> countryByOutlet;
  private final LuceneSearch search;
  private final java.util.concurrent.atomic.AtomicInteger bulkLoads = new java.util.concurrent.atomic.AtomicInteger();
  private volatile long lastRefreshNanos = System.nanoTime();

  private LuceneArticleIndex(Path path, EntityCatalog catalog, Map<String, String> countryByOutlet) throws IOException {
    this.path = path;
    this.countryByOutlet = Map.copyOf(countryByOutlet);
    Files.createDirectories(path);
    this.directory = FSDirectory.open(path);
    checkMappingVersion();
    IndexWriterConfig cfg = new IndexWriterConfig(LuceneAnalyzers.perField());
    cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    cfg.setRAMBufferSizeMB(RAM_BUFFER_MB);
    this.writer = new IndexWriter(directory, cfg);
    writer.setLiveCommitData(Map.of(MAPPING_KEY, Integer.toString(IndexFields.MAPPING_VERSION)).entrySet());
    // intra-query concurrency: a large index's segments are searched in slices, one per core
    this.searchThreads =
        Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(),
            r -> {
              Thread t = new Thread(r, "lucene-search-" + path.getFileName());
              t.setDaemon(true);
              return t;
            });
    this.searchers =
        new SearcherManager(
            writer,
            new org.apache.lucene.search.SearcherFactory() {
              @Override
              public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader, org.apache.lucene.index.IndexReader previous) {
                IndexSearcher s = new IndexSearcher(reader, searchThreads);
                s.setQueryCachingPolicy(FILTER_CACHING);
                return s;
              }
            });
    this.search = new LuceneSearch(searchers, catalog, this, searchThreads);
    this.background =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "lucene-refresh-" + path.getFileName());
              t.setDaemon(true);
              return t;
            });
    background.scheduleWithFixedDelay(this::backgroundRefresh, REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
    background.scheduleWithFixedDelay(this::backgroundCommit, COMMIT_SECONDS, COMMIT_SECONDS, TimeUnit.SECONDS);
  }

  /** Opens (or creates) the index in {@code dir}; articles carry no country, so none is indexed. */
  public static LuceneArticleIndex open(Path dir, EntityCatalog catalog) {
    return open(dir, catalog, Map.of());
  }

  /**
   * @param catalog the knowledge base, for cross-lingual expansion of entity names in queries
   * @param countryByOutlet each outlet's country ({@code sources.yml}), indexed for the country
   *     filter and facet
   */
  public static LuceneArticleIndex open(Path dir, EntityCatalog catalog, Map<String, String> countryByOutlet) {
    try {
      return new LuceneArticleIndex(dir, catalog, countryByOutlet);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the Lucene index at " + dir, e);
    }
  }

  private void checkMappingVersion() throws IOException {
    if (!DirectoryReader.indexExists(directory)) return;
    String v = SegmentInfos.readLatestCommit(directory).getUserData().get(MAPPING_KEY);
    if (v != null && !v.equals(Integer.toString(IndexFields.MAPPING_VERSION))) {
      throw new IllegalStateException(
          "the index at " + path + " has field layout " + v + " but this Vigie writes layout " + IndexFields.MAPPING_VERSION
              + "; move it aside and run `vigie reprocess` to rebuild it");
    }
  }

  @Override
  public void index(AnnotatedArticle article) {
    try {
      IndexedArticle flat = IndexedArticle.of(article, countryByOutlet);
      byte[] json = VigieJson.mapper().writeValueAsBytes(article);
      Document doc = LuceneDocuments.toDocument(flat, json);
      writer.updateDocument(new Term(IndexFields.ID, article.id()), doc);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index article " + article.id(), e);
    }
  }

  /**
   * Analysis is the cost of indexing; the writer is thread-safe, so every core takes a share (the
   * common pool has one thread fewer than the cores, and the caller is the last).
   */
  @Override
  public void indexAll(Collection<AnnotatedArticle> articles) {
    bulkLoads.incrementAndGet();
    try {
      articles.parallelStream().forEach(this::index);
    } finally {
      bulkLoads.decrementAndGet();
    }
  }

  @Override
  public void delete(String articleId) {
    try {
      writer.deleteDocuments(new Term(IndexFields.ID, articleId));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete article " + articleId, e);
    }
  }

  @Override
  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes every write so far durable (the background does it every few seconds and on close). */
  public void commit() {
    try {
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Optional<AnnotatedArticle> get(String articleId) {
    return withSearcher(
        s -> {
          TopDocs td = s.search(new TermQuery(new Term(IndexFields.ID, articleId)), 1);
          if (td.scoreDocs.length == 0) return Optional.empty();
          return Optional.of(load(s, td.scoreDocs[0].doc));
        });
  }

  static AnnotatedArticle load(IndexSearcher s, int doc) throws IOException {
    Document d = s.storedFields().document(doc, java.util.Set.of(IndexFields.SOURCE));
    return VigieJson.mapper().readValue(d.getBinaryValue(IndexFields.SOURCE).bytes, AnnotatedArticle.class);
  }

  @Override
  public SearchResult search(SearchQuery query) {
    return search.search(query);
  }

  @Override
  public org.vigie.search.Overview overview(SearchQuery query, TrendQuery trend) {
    return search.overview(query, trend);
  }

  @Override
  public TrendResult trends(TrendQuery query) {
    return search.trends(query);
  }

  @Override
  public long stream(SearchQuery query, Consumer<AnnotatedArticle> sink) {
    return search.stream(query, sink);
  }

  @Override
  public long count() {
    return withSearcher(s -> (long) s.getIndexReader().numDocs());
  }

  @Override
  public IndexStats stats() {
    return withSearcher(
        s -> {
          long bytes = 0;
          for (String f : directory.listAll()) {
            try {
              bytes += directory.fileLength(f);
            } catch (IOException | RuntimeException e) {
              // a file merged away while listing: it no longer counts
            }
          }
          Instant newest = search.newestPublished(s);
          return new IndexStats("lucene", path.toString(), s.getIndexReader().numDocs(), bytes, newest, IndexFields.MAPPING_VERSION);
        });
  }

  @Override
  public void close() {
    // shutdown(), not shutdownNow(): interrupting a background commit mid-write makes Lucene's NIO
    // channel close under it (ClosedByInterruptException), the writer then dies and the index
    // lock stays behind; shutdown() cancels the periodic tasks and lets a running one finish.
    background.shutdown();
    try {
      background.awaitTermination(5, TimeUnit.SECONDS);
      searchers.close();
      searchThreads.shutdown();
      writer.commit();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the Lucene index at " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  interface SearcherFunction<T> {
    T apply(IndexSearcher s) throws IOException;
  }

  <T> T withSearcher(SearcherFunction<T> f) {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return f.apply(s);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void backgroundRefresh() {
    long sinceLast = System.nanoTime() - lastRefreshNanos;
    if (bulkLoads.get() > 0 && sinceLast < TimeUnit.MILLISECONDS.toNanos(BULK_REFRESH_MILLIS)) return;
    try {
      lastRefreshNanos = System.nanoTime();
      searchers.maybeRefresh();
    } catch (IOException | RuntimeException e) {
      LOG.warn("background refresh of {} failed: {}", path, e.toString());
    }
  }

  private void backgroundCommit() {
    try {
      if (writer.hasUncommittedChanges()) writer.commit();
    } catch (IOException | RuntimeException e) {
      LOG.warn("background commit of {} failed: {}", path, e.toString());
    }
  }
}
