package org.vigie.bench.nlp;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.vigie.core.Article;
import org.vigie.nlp.NlpPipeline;
import org.vigie.nlp.NlpResources;

/**
 * The CPU time one thread spends per article in {@link NlpPipeline#annotate}, on the articles of
 * {@link AnnotationBenchmark}. On a shared machine JMH's wall-clock throughput measures the
 * neighbours as much as the code; thread CPU time does not, and 1 / (CPU seconds per article) is
 * the per-core throughput the issue asks for. Also prints the wall time of loading every model
 * once, in this fresh JVM.
 *
 * <pre>java -cp "bench/target/classes:bench/target/lib/*" org.vigie.bench.nlp.AnnotationCpuTime [ARTICLES_DIR] [SECONDS]</pre>
 */
public final class AnnotationCpuTime {
  private AnnotationCpuTime() {}

  public static void main(String[] args) throws Exception {
    AnnotationBenchmark setup = new AnnotationBenchmark();
    setup.articles = args.length > 0 ? args[0] : "app/src/main/resources/demo/articles";
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    long t0 = System.nanoTime();
    NlpResources resources = NlpResources.loadDefault();
    double loadMs = (System.nanoTime() - t0) / 1e6;
    NlpPipeline pipeline = resources.pipeline("bench", Clock.systemUTC());
    setup.load();
    List<Article> corpus = setup.corpus();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 2; round++) { // round 0 warms the JIT up
      long cpu0 = mx.getCurrentThreadCpuTime();
      long wall0 = System.nanoTime();
      long words = 0;
      int n = 0;
      while (System.nanoTime() - wall0 < seconds * 1_000_000_000L) {
        Article a = corpus.get(n % corpus.size());
        pipeline.annotate(a);
        words += a.bodyText().split("\\s+").length;
        n++;
      }
      double cpuS = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
      double wallS = (System.nanoTime() - wall0) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "%s: %d articles (mean %d words): %.1f articles per CPU-second, %.1f per wall-second%n",
          round == 0 ? "warm-up" : "measured", n, words / n, n / cpuS, n / wallS);
    }
    System.out.printf(Locale.ROOT, "model loading (first, cold JVM): %.0f ms%n", loadMs);
  }
}
