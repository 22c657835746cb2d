package org.vigie.crawler.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.vigie.core.Article;
import org.vigie.core.json.VigieJson;
import org.vigie.crawler.extract.JsoupArticleExtractor;

/**
 * Scores body extraction on a dataset in the scrapinghub article-extraction-benchmark layout:
 * {@code ground-truth.json} ({@code {id: {"url", "articleBody"}}}) and {@code html/<id>.html.gz}
 * (UTF-8). Pages are read into memory first so that the pages/s figure times extraction alone.
 * That figure is pages per second of the extracting thread's CPU time, so that other work on a
 * shared machine does not change it; the JMH benchmark gives the wall-clock figure.
 */
public final class ExtractionEvaluation {

  /** One page's outcome. */
  public record PageResult(String id, DatasetSplit split, ShingleMetric.PageCounts counts, int predictedChars, int truthChars) {}

  /** The scores overall and per split, with the speed of extraction alone. */
  public record Report(
      ShingleMetric.Score all,
      ShingleMetric.Score dev,
      ShingleMetric.Score heldOut,
      double pagesPerSecond,
      List<PageResult> pages) {
    public Report {
      pages = List.copyOf(pages);
    }
  }

  private record Page(String id, URI url, byte[] html, String truth) {}

  private ExtractionEvaluation() {}

  public static Report run(Path datasetDir, JsoupArticleExtractor extractor) throws IOException {
    List<Page> pages = load(datasetDir);
    Instant fetchedAt = Instant.parse("2020-01-01T00:00:00Z");
    List<PageResult> results = new ArrayList<>();
    List<ShingleMetric.PageCounts> all = new ArrayList<>();
    List<ShingleMetric.PageCounts> dev = new ArrayList<>();
    List<ShingleMetric.PageCounts> held = new ArrayList<>();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    boolean cpuTime = cpu.isCurrentThreadCpuTimeSupported();
    long nanos = 0;
    for (Page p : pages) {
      long start = cpuTime ? cpu.getCurrentThreadCpuTime() : System.nanoTime();
      Article a = extractor.extract(new String(p.html(), StandardCharsets.UTF_8), p.url(), fetchedAt);
      nanos += (cpuTime ? cpu.getCurrentThreadCpuTime() : System.nanoTime()) - start;
      String predicted = a.bodyText();
      ShingleMetric.PageCounts c = ShingleMetric.compare(p.truth(), predicted);
      DatasetSplit split = DatasetSplit.of(p.id());
      results.add(new PageResult(p.id(), split, c, predicted.length(), p.truth().length()));
      all.add(c);
      (split == DatasetSplit.DEV ? dev : held).add(c);
    }
    double seconds = nanos / 1e9;
    return new Report(
        ShingleMetric.aggregate(all),
        ShingleMetric.aggregate(dev),
        ShingleMetric.aggregate(held),
        seconds == 0 ? 0 : pages.size() / seconds,
        results);
  }

  /** The dataset's pages and truths, for benchmarks that need the same input. */
  public static List<String> loadHtml(Path datasetDir) throws IOException {
    List<String> out = new ArrayList<>();
    for (Page p : load(datasetDir)) {
      out.add(new String(p.html(), StandardCharsets.UTF_8));
    }
    return out;
  }

  private static List<Page> load(Path dir) throws IOException {
    Path truthFile = dir.resolve("ground-truth.json");
    if (!Files.isRegularFile(truthFile)) {
      throw new IOException("not a scrapinghub benchmark folder (no ground-truth.json): " + dir);
    }
    JsonNode root = VigieJson.mapper().readTree(truthFile.toFile());
    List<Page> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String id = e.getKey();
      Path html = dir.resolve("html").resolve(id + ".html.gz");
      if (!Files.isRegularFile(html)) {
        throw new IOException("missing page " + html);
      }
      String url = e.getValue().path("url").asText("https://example.invalid/" + id);
      pages.add(new Page(id, URI.create(url.replace(" ", "%20")), gunzip(html), e.getValue().path("articleBody").asText("")));
    }
    return pages;
  }

  static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }
}
