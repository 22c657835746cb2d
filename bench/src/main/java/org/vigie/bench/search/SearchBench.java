package org.vigie.bench.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigie.core.AnnotatedArticle;
import org.vigie.core.EntityCatalog;
import org.vigie.search.ArticleIndex;
import org.vigie.search.Facet;
import org.vigie.search.Overview;
import org.vigie.search.SearchFilters;
import org.vigie.search.SearchQuery;
import org.vigie.search.TrendQuery;
import org.vigie.search.elasticsearch.BulkWriter;
import org.vigie.search.elasticsearch.ElasticsearchArticleIndex;
import org.vigie.search.export.ArticleExporter;
import org.vigie.search.export.DatasetCard;
import org.vigie.search.export.ExportFormat;
import org.vigie.search.lucene.LuceneArticleIndex;

/**
 * The search benchmark of issue 6 (docs/benchmarks.md): indexes a synthetic corpus, then times the
 * analyst's heavy request — a text query with 3 filters and 5 facets plus a daily trend over a
 * year — on Lucene and, given {@code --es-url}, on Elasticsearch, and exports every article to
 * JSONL. A harness rather than JMH because the quantities are one-shot (an indexing run, an export)
 * and latency percentiles over a fixed query mix.
 *
 * <pre>java -Xmx1g -cp ... org.vigie.bench.search.SearchBench --demo app/src/main/resources/demo/articles
 *     --articles 1000000 --dir /tmp/vigie-bench [--es-url http://127.0.0.1:9200 --es-articles 1000000]</pre>
 */
public final class SearchBench {
  private static final List<String> TEXTS =
      List.of("amende", "Grok", "enquête X", "deepfake", "Ofcom investigation", "protection des données", "fine DSA", "images", "children",
          "Commission européenne", "régulateur", "voice clone");
  private static final int BATCH = 10_000;

  public static void main(String[] args) throws Exception {
    Map<String, String> a = parse(args);
    Path demo = Path.of(a.getOrDefault("demo", "app/src/main/resources/demo/articles"));
    long n = Long.parseLong(a.getOrDefault("articles", "1000000"));
    int queries = Integer.parseInt(a.getOrDefault("queries", "500"));
    Path dir = Path.of(a.getOrDefault("dir", Files.createTempDirectory("vigie-bench").toString()));
    SyntheticCorpus corpus = new SyntheticCorpus(SyntheticCorpus.readDemo(demo), 42);
    Map<String, Map<String, String>> table = new LinkedHashMap<>();

    try (LuceneArticleIndex lucene = LuceneArticleIndex.open(dir.resolve("lucene"), EntityCatalog.EMPTY, SyntheticCorpus.COUNTRIES)) {
      table.put("Lucene", run(lucene, corpus, n, queries, dir.resolve("export-lucene.jsonl"), !a.containsKey("no-export"), a.containsKey("reuse")));
    }
    if (a.containsKey("es-url")) {
      String url = a.get("es-url");
      long esN = Long.parseLong(a.getOrDefault("es-articles", Long.toString(n)));
      try (ElasticsearchClient client = ElasticsearchClient.of(b -> b.host(url));
          ElasticsearchArticleIndex es = new ElasticsearchArticleIndex(client, url, "vigie-bench-" + System.currentTimeMillis(),
              EntityCatalog.EMPTY, SyntheticCorpus.COUNTRIES, BulkWriter.RetryPolicy.DEFAULT, false)) {
        table.put("Elasticsearch", run(es, corpus, esN, queries, dir.resolve("export-es.jsonl"), !a.containsKey("no-export"), false));
      }
    }
    print(table);
  }

  /** @param reuse skip indexing when the index already holds the {@code n} articles of an earlier run (query and export work) */
  static Map<String, String> run(ArticleIndex index, SyntheticCorpus corpus, long n, int queries, Path export, boolean doExport, boolean reuse)
      throws Exception {
    Map<String, String> row = new LinkedHashMap<>();
    resetPeaks();
    row.put("load average at start", String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    // only the index's own time counts: generating the synthetic articles (single-threaded, ~12 %
    // of the old run's samples) happens between the batches and is left out
    long indexNanos = 0;
    long cpu0 = cpuNanos();
    long wall0 = System.nanoTime();
    List<AnnotatedArticle> batch = new ArrayList<>(BATCH);
    boolean skip = reuse && index.count() == n;
    for (long i = 0; i < n && !skip; i++) {
      batch.add(corpus.article(i));
      if (batch.size() == BATCH || i == n - 1) {
        long t0 = System.nanoTime();
        index.indexAll(batch);
        if (i == n - 1) index.refresh();
        indexNanos += System.nanoTime() - t0;
        batch.clear();
      }
    }
    double secs = indexNanos / 1e9;
    row.put("articles", Long.toString(index.count()));
    row.put("indexing (articles/s)", skip ? "(reused)" : String.format("%,.0f", n / secs));
    if (!skip) {
      row.put("indexing CPU / wall (cores used)", String.format("%.2f", (cpuNanos() - cpu0) / (double) (System.nanoTime() - wall0)));
      row.put("indexing CPU time (s), synthetic articles included", String.format("%.1f", (cpuNanos() - cpu0) / 1e9));
    }
    row.put("index size (MB)", String.format("%,.0f", index.stats().sizeBytes() / 1e6));

    Instant from = Instant.parse("2025-01-01T00:00:00Z");
    Instant to = Instant.parse("2026-01-01T00:00:00Z");
    SearchFilters filters = SearchFilters.NONE.between(from, to).with(Facet.LANGUAGE, "fr", "en").with(Facet.STANCE, "CRITICAL", "NEUTRAL");
    for (int i = 0; i < Math.min(100, queries); i++) request(index, TEXTS.get(i % TEXTS.size()), filters, from, to); // warm-up
    long qcpu0 = cpuNanos();
    long qwall0 = System.nanoTime();
    long[] micros = new long[queries];
    long[] baseline = new long[queries];
    // the process's CPU time per call (all its threads: the searcher's slices run on a pool), which
    // other sessions' load does not inflate the way it inflates wall time
    long[] cpuMicros = new long[queries];
    long[] baselineCpu = new long[queries];
    long hits = 0;
    for (int i = 0; i < queries; i++) {
      String text = TEXTS.get(i % TEXTS.size());
      long c0 = cpuNanos();
      long q0 = System.nanoTime();
      hits += request(index, text, filters, from, to);
      micros[i] = (System.nanoTime() - q0) / 1_000;
      cpuMicros[i] = (cpuNanos() - c0) / 1_000;
      // the baseline, interleaved so both see the same machine load: the same text and filters,
      // top 10 by relevance and the exact total, no facets, no trend
      long bc0 = cpuNanos();
      long b0 = System.nanoTime();
      index.search(SearchQuery.text(text).filters(filters).limit(10));
      baseline[i] = (System.nanoTime() - b0) / 1_000;
      baselineCpu[i] = (cpuNanos() - bc0) / 1_000;
    }
    row.put("queries CPU / wall (cores used)", String.format("%.2f", (cpuNanos() - qcpu0) / (double) (System.nanoTime() - qwall0)));
    Arrays.sort(micros);
    Arrays.sort(baseline);
    row.put("query+5 facets+daily trend p50 (ms)", String.format("%.1f", micros[queries / 2] / 1000.0));
    row.put("p99 (ms)", String.format("%.1f", percentile(micros, 0.99) / 1000.0));
    row.put("baseline: same query, top 10 only, p50 (ms)", String.format("%.1f", baseline[queries / 2] / 1000.0));
    row.put("baseline p99 (ms)", String.format("%.1f", percentile(baseline, 0.99) / 1000.0));
    // the OS counts process CPU in 10 ms ticks: only the mean over the calls is meaningful
    row.put("process CPU per call, heavy / baseline, mean (ms)",
        String.format("%.1f / %.1f", Arrays.stream(cpuMicros).average().orElse(0) / 1000.0, Arrays.stream(baselineCpu).average().orElse(0) / 1000.0));
    row.put("heavy / baseline (p50)", String.format("%.2f", micros[queries / 2] / (double) Math.max(1, baseline[queries / 2])));
    row.put("mean matches per query", String.format("%,d", hits / queries));
    row.put("heap peak, indexing and queries (MB)", Long.toString(peakHeap() >> 20));
    System.gc();
    row.put("heap after GC, index open (MB)", Long.toString(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20));

    if (doExport) {
      resetPeaks();
      long e0 = System.nanoTime();
      DatasetCard card = new ArticleExporter(index, Clock.systemUTC()).export(SearchQuery.all(), ExportFormat.JSONL, export, ArticleExporter.Progress.NONE);
      double es = (System.nanoTime() - e0) / 1e9;
      row.put("export JSONL (s)", String.format("%.1f", es));
      row.put("export (MB)", String.format("%,.0f", Files.size(export) / 1e6));
      row.put("export articles", String.format("%,d", card.articles()));
      row.put("peak heap during export (MB)", Long.toString(peakHeap() >> 20));
      Files.deleteIfExists(export);
    }
    row.put("max heap (MB)", Long.toString(Runtime.getRuntime().maxMemory() >> 20));
    row.put("load average at end", String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    System.err.println(row);
    return row;
  }

  /** The heavy request: one {@link ArticleIndex#overview} call (one pass on Lucene, one request on Elasticsearch). */
  private static long request(ArticleIndex index, String text, SearchFilters filters, Instant from, Instant to) {
    SearchQuery q = SearchQuery.text(text).filters(filters)
        .facets(Facet.OUTLET, Facet.LANGUAGE, Facet.ENTITY, Facet.ACTION, Facet.TOPIC).limit(10);
    Overview o = index.overview(q, TrendQuery.of(q, TrendQuery.Interval.DAY).range(from, to));
    if (o.trend().buckets().size() != 365) throw new IllegalStateException("a daily trend over 2025 has 365 buckets, not " + o.trend().buckets().size());
    return o.result().total();
  }

  private static long percentile(long[] sorted, double p) {
    return sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)];
  }

  private static long cpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
    return sum;
  }

  private static void print(Map<String, Map<String, String>> table) {
    List<String> backends = new ArrayList<>(table.keySet());
    StringBuilder sb = new StringBuilder("| measure | " + String.join(" | ", backends) + " |\n|---|" + "---|".repeat(backends.size()) + "\n");
    for (String k : table.get(backends.getFirst()).keySet()) {
      sb.append("| ").append(k);
      for (String b : backends) sb.append(" | ").append(table.get(b).getOrDefault(k, "–"));
      sb.append(" |\n");
    }
    System.out.print(sb);
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) throw new IllegalArgumentException("unexpected argument " + args[i]);
      String k = args[i].substring(2);
      if (k.equals("no-export") || k.equals("reuse")) m.put(k, "true");
      else m.put(k, args[++i]);
    }
    return m;
  }
}
