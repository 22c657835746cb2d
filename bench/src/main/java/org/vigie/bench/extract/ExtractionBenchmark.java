package org.vigie.bench.extract;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.vigie.core.Article;
import org.vigie.crawler.extract.JsoupArticleExtractor;
import org.vigie.crawler.extract.eval.ExtractionEvaluation;

/**
 * Pages per second of {@link JsoupArticleExtractor} on one thread, against a bare {@code
 * Jsoup.parse} of the same pages in the same run: the parse is the floor extraction cannot beat,
 * so the ratio of the two says how much our own work costs. One operation is one page; successive
 * operations take the dataset's pages in turn (the scrapinghub set: 181 real article pages,
 * median 114 KB), so the scores read directly as pages per second averaged over the set.
 *
 * <p>Run as docs/benchmarks.md says, with {@code -p dataset=../shared/data/extraction/aeb}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExtractionBenchmark {
  /** A scrapinghub-layout folder: ground-truth.json and html/*.html.gz. */
  @Param("../shared/data/extraction/aeb")
  public String dataset;

  private List<String> pages;
  private final URI url = URI.create("https://news.example/section/2026/01/09/article");
  private final Instant fetchedAt = Instant.parse("2026-01-09T12:00:00Z");
  private final JsoupArticleExtractor extractor = new JsoupArticleExtractor();

  @Setup(Level.Trial)
  public void load() throws IOException {
    pages = ExtractionEvaluation.loadHtml(Path.of(dataset));
    if (pages.isEmpty()) {
      throw new IllegalStateException("no pages in " + dataset);
    }
  }

  private int next;

  private String nextPage() {
    String html = pages.get(next);
    next = next + 1 == pages.size() ? 0 : next + 1;
    return html;
  }

  /** One page: parse only. */
  @Benchmark
  public Document jsoupParse() {
    return Jsoup.parse(nextPage(), url.toString());
  }

  /** One page: parse, metadata, boilerplate removal, text blocks — the full extractor. */
  @Benchmark
  public Article extract() {
    return extractor.extract(nextPage(), url, fetchedAt);
  }

  public static void main(String[] args) throws Exception {
    org.openjdk.jmh.Main.main(args);
  }
}
