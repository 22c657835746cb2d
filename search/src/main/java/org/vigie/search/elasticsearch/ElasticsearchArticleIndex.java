package org.vigie.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.vigie.core.AnnotatedArticle;
import org.vigie.core.EntityCatalog;
import org.vigie.core.config.SearchConfig;
import org.vigie.search.ArticleIndex;
import org.vigie.search.IndexFields;
import org.vigie.search.IndexStats;
import org.vigie.search.IndexingException;
import org.vigie.search.SearchQuery;
import org.vigie.search.SearchResult;
import org.vigie.search.TrendQuery;
import org.vigie.search.TrendResult;

/**
 * The cluster backend. Reads and writes go through an alias ({@link SearchConfig#indexName()});
 * the concrete index behind it ({@code <alias>-v<mapping>-<millis>}) is created from an index
 * template kept in step with the Lucene fields. {@link #rebuild()} builds a new concrete index,
 * copies every article into it and swaps the alias atomically, so a new mapping version goes live
 * without downtime and without {@code _reindex}.
 */
public final class ElasticsearchArticleIndex implements ArticleIndex {
  static final int BULK_SIZE = 1_000;
  /**
   * Bulks {@link #indexAll} keeps in flight: one bulk at a time left the node's write pool and the
   * client's JSON encoding taking turns (client CPU 0.09 of wall while indexing, 200,000 articles).
   */
  static final int BULKS_IN_FLIGHT = 2;

  private final ElasticsearchClient client;
  private final String alias;
  private final String url;
  private final Map<String, String> countryByOutlet;
  private final BulkWriter bulk;
  private final ElasticsearchSearch search;
  private final boolean ownsClient;
  /** Ids deleted while {@link #rebuild} runs, deleted again in the new index after the swap. */
  private volatile Set<String> deletedDuringRebuild;

  /**
   * @param client a client for the cluster; closed by {@link #close()} only when {@code ownsClient}
   * @param alias the name every read and write uses
   */
  public ElasticsearchArticleIndex(
      ElasticsearchClient client, String url, String alias, EntityCatalog catalog, Map<String, String> countryByOutlet,
      BulkWriter.RetryPolicy retry, boolean ownsClient) {
    this.client = client;
    this.url = url;
    this.alias = alias;
    this.countryByOutlet = Map.copyOf(countryByOutlet);
    this.bulk = new BulkWriter(client, retry);
    this.search = new ElasticsearchSearch(client, alias, catalog);
    this.ownsClient = ownsClient;
    ensureIndex();
  }

  /** Connects to the cluster of the configuration, with its API key or user and password when given. */
  public static ElasticsearchArticleIndex connect(SearchConfig config, EntityCatalog catalog, Map<String, String> countryByOutlet) {
    if (config.elasticsearchUrl() == null) throw new IllegalArgumentException("search.elasticsearchUrl is required for the elasticsearch backend");
    ElasticsearchClient client =
        ElasticsearchClient.of(
            b -> {
              b.host(config.elasticsearchUrl().toString());
              if (config.apiKey() != null && !config.apiKey().isBlank()) b.apiKey(config.apiKey());
              else if (config.username() != null) b.usernameAndPassword(config.username(), config.password());
              return b;
            });
    return new ElasticsearchArticleIndex(
        client, config.elasticsearchUrl().toString(), config.indexName(), catalog, countryByOutlet, BulkWriter.RetryPolicy.DEFAULT, true);
  }

  private void ensureIndex() {
    try {
      putTemplate();
      if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
        String concrete = newConcreteName();
        client.indices().create(c -> c.index(concrete).aliases(alias, a -> a.isWriteIndex(true)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach Elasticsearch at " + url, e);
    } catch (ElasticsearchException e) {
      // two processes creating the alias at once: the other one won, which is just as good
      if (!"resource_already_exists_exception".equals(e.error().type())) throw e;
    }
  }

  private String newConcreteName() {
    return alias + "-v" + IndexFields.MAPPING_VERSION + "-" + System.currentTimeMillis();
  }

  private void putTemplate() throws IOException {
    String json;
    try (InputStream in = ElasticsearchArticleIndex.class.getResourceAsStream("index-template.json")) {
      if (in == null) throw new IllegalStateException("index-template.json missing from the search jar");
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("__ALIAS__", alias);
    }
    String body = json;
    client.indices().putIndexTemplate(t -> t.name(alias + "-template").withJson(new StringReader(body)));
  }

  /** The concrete indices the alias points to now. */
  List<String> concreteIndices() {
    try {
      GetAliasResponse r = client.indices().getAlias(a -> a.name(alias));
      return List.copyOf(r.aliases().keySet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Builds a new concrete index from the current template, copies every article into it (their
   * fields derived afresh, so a new mapping version takes effect), swaps the alias in one atomic
   * call, copies again what was written to the old index meanwhile, deletes again in the new
   * index what this process deleted meanwhile (the copy may have carried it over before the
   * delete reached the old index), and deletes the old index. Deletes made by other processes
   * during a rebuild are not seen; run one writer while rebuilding.
   *
   * @return the new concrete index
   */
  public String rebuild() {
    return rebuild(() -> {});
  }

  /** @param afterCopy runs between the copy and the alias swap (tests put writes in that window) */
  synchronized String rebuild(Runnable afterCopy) {
    deletedDuringRebuild = java.util.concurrent.ConcurrentHashMap.newKeySet();
    try {
      putTemplate();
      List<String> old = concreteIndices();
      String fresh = newConcreteName();
      client.indices().create(c -> c.index(fresh));
      long started = System.currentTimeMillis();
      copy(old, fresh, null);
      afterCopy.run();
      client.indices().updateAliases(u -> {
        for (String o : old) u.actions(a -> a.remove(r -> r.index(o).alias(alias)));
        return u.actions(a -> a.add(ad -> ad.index(fresh).alias(alias).isWriteIndex(true)));
      });
      // writes that reached the old index while copying
      copy(old, fresh, started);
      Set<String> deleted = deletedDuringRebuild;
      deletedDuringRebuild = null;
      if (!deleted.isEmpty()) {
        List<BulkOperation> ops = new ArrayList<>();
        for (String id : deleted) ops.add(BulkOperation.of(o -> o.delete(d -> d.index(fresh).id(id))));
        bulk.write(ops);
      }
      for (String o : old) client.indices().delete(d -> d.index(o));
      client.indices().refresh(r -> r.index(fresh));
      return fresh;
    } catch (IOException e) {
      throw new UncheckedIOException("rebuild of " + alias + " failed", e);
    } finally {
      deletedDuringRebuild = null;
    }
  }

  private void copy(List<String> from, String to, Long indexedSince) throws IOException {
    for (String index : from) {
      client.indices().refresh(r -> r.index(index));
      List<AnnotatedArticle> batch = new ArrayList<>();
      search.scan(index, indexedSince, a -> {
        batch.add(a);
        if (batch.size() == BULK_SIZE) {
          writeTo(to, batch);
          batch.clear();
        }
      });
      writeTo(to, batch);
    }
  }

  private void writeTo(String index, Collection<AnnotatedArticle> articles) {
    if (articles.isEmpty()) return;
    long now = System.currentTimeMillis();
    List<BulkOperation> ops = new ArrayList<>(articles.size());
    for (AnnotatedArticle a : articles) {
      Map<String, Object> doc = ElasticsearchDocuments.toDocument(a, countryByOutlet, now);
      ops.add(BulkOperation.of(o -> o.index(i -> i.index(index).id(a.id()).document(doc))));
    }
    bulk.write(ops);
  }

  @Override
  public void index(AnnotatedArticle article) {
    writeTo(alias, List.of(article));
  }

  /**
   * Sends the articles in bulks of {@value #BULK_SIZE}. A bulk with failures does not stop the
   * next ones: every batch is sent, and the failures of all of them are reported together at the
   * end (stopping at the first one silently dropped every later batch).
   */
  @Override
  public void indexAll(Collection<AnnotatedArticle> articles) {
    // bulks now run side by side, so an article given twice must not race with itself: its last
    // version is the one sent, as it would be sent one by one
    Map<String, AnnotatedArticle> latest = new java.util.LinkedHashMap<>();
    for (AnnotatedArticle a : articles) latest.put(a.id(), a);
    List<List<AnnotatedArticle>> batches = new ArrayList<>();
    List<AnnotatedArticle> batch = new ArrayList<>(Math.min(BULK_SIZE, latest.size()));
    for (AnnotatedArticle a : latest.values()) {
      batch.add(a);
      if (batch.size() == BULK_SIZE) {
        batches.add(batch);
        batch = new ArrayList<>(BULK_SIZE);
      }
    }
    if (!batch.isEmpty()) batches.add(batch);
    List<IndexingException.Failure> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.atomic.AtomicReference<Throwable> cause = new java.util.concurrent.atomic.AtomicReference<>();
    if (batches.size() <= 1) {
      for (List<AnnotatedArticle> b : batches) writeCollecting(b, failures, cause);
    } else {
      List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
      try (java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(Math.min(BULKS_IN_FLIGHT, batches.size()))) {
        for (List<AnnotatedArticle> b : batches) sent.add(pool.submit(() -> writeCollecting(b, failures, cause)));
      }
      for (java.util.concurrent.Future<?> f : sent) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          if (e.getCause() instanceof RuntimeException r) throw r;
          if (e.getCause() instanceof Error err) throw err;
          throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IndexingException("interrupted while bulk indexing", List.of(), e);
        }
      }
    }
    if (!failures.isEmpty()) throw new IndexingException("bulk indexing failed", List.copyOf(failures), cause.get());
  }

  private void writeCollecting(List<AnnotatedArticle> batch, List<IndexingException.Failure> failures, java.util.concurrent.atomic.AtomicReference<Throwable> cause) {
    try {
      writeTo(alias, batch);
    } catch (IndexingException e) {
      failures.addAll(e.failures());
      if (e.getCause() != null) cause.compareAndSet(null, e.getCause());
    }
  }

  @Override
  public void delete(String articleId) {
    Set<String> during = deletedDuringRebuild;
    if (during != null) during.add(articleId);
    bulk.write(List.of(BulkOperation.of(o -> o.delete(d -> d.index(alias).id(articleId)))));
  }

  @Override
  public void refresh() {
    try {
      client.indices().refresh(r -> r.index(alias));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Optional<AnnotatedArticle> get(String articleId) {
    try {
      GetResponse<Map> r = client.get(g -> g.index(alias).id(articleId).sourceIncludes(IndexFields.SOURCE), Map.class);
      if (!r.found() || r.source() == null) return Optional.empty();
      return Optional.of(ElasticsearchDocuments.fromSource(r.source().get(IndexFields.SOURCE)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    try {
      return client.count(c -> c.index(alias)).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public IndexStats stats() {
    try {
      var s = client.indices().stats(r -> r.index(alias));
      long bytes = s.all().primaries() != null && s.all().primaries().store() != null ? s.all().primaries().store().sizeInBytes() : 0L;
      Instant newest = search.newestPublished();
      return new IndexStats("elasticsearch", url + "/" + alias, count(), bytes, newest, IndexFields.MAPPING_VERSION);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (!ownsClient) return;
    try {
      client.close();
    } catch (Exception e) {
      throw new IllegalStateException("cannot close the Elasticsearch client", e);
    }
  }
}
