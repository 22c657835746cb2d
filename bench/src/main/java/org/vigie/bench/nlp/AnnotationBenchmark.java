package org.vigie.bench.nlp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.vigie.core.AnnotatedArticle;
import org.vigie.core.Article;
import org.vigie.core.TextBlock;
import org.vigie.nlp.NlpPipeline;
import org.vigie.nlp.NlpResources;
import org.vigie.nlp.eval.EntityCorpus;

/**
 * Articles per second of {@link NlpPipeline#annotate} on one thread (so the score is per core):
 * language detection, sentences, tokens, gazetteer with context rules, name finder, title rule,
 * salience. One operation is one article of at least 800 words, built from the demo corpus by
 * appending paragraphs of other articles of the same language to one article, French and English
 * alternating. {@code loadResources} times loading every model, the KB and the rules once.
 *
 * <p>Run as docs/benchmarks.md says.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class AnnotationBenchmark {
  /** The demo articles folder (articles/<outlet>/<file>.yml). */
  @Param("app/src/main/resources/demo/articles")
  public String articles;

  static final int WORDS = 800;

  private List<Article> corpus;
  private NlpPipeline pipeline;
  private int next;

  @Setup(Level.Trial)
  public void load() throws IOException {
    List<Article> fr = new ArrayList<>();
    List<Article> en = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of(articles))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
        Article a = EntityCorpus.readArticle(f);
        ("fr".equals(a.languageHint()) ? fr : en).add(a);
      }
    }
    corpus = new ArrayList<>();
    for (int i = 0; i < Math.min(fr.size(), en.size()); i++) {
      corpus.add(lengthen(fr, i));
      corpus.add(lengthen(en, i));
    }
    if (corpus.isEmpty()) throw new IllegalStateException("no French and English articles under " + articles);
    pipeline = NlpResources.loadDefault().pipeline("bench", Clock.systemUTC());
  }

  List<Article> corpus() {
    return corpus;
  }

  /** Article {@code i} with paragraphs of the following ones appended until it has 800 words. */
  static Article lengthen(List<Article> same, int i) {
    Article a = same.get(i);
    List<TextBlock> blocks = new ArrayList<>(a.blocks());
    int words = words(a.title()) + words(a.lede()) + blocks.stream().mapToInt(b -> words(b.text())).sum();
    for (int k = 1; words < WORDS; k++) {
      for (TextBlock b : same.get((i + k) % same.size()).blocks()) {
        blocks.add(b);
        words += words(b.text());
      }
    }
    return new Article(
        null, a.url(), null, a.sourceId(), a.title(), a.lede(), a.authors(), null, null, a.section(), a.languageHint(),
        blocks, a.fetchedAt(), null, null);
  }

  private static int words(String s) {
    return s == null || s.isBlank() ? 0 : s.strip().split("\\s+").length;
  }

  /** One article of ≥ 800 words through the whole pipeline, language detected. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @Warmup(iterations = 5, time = 2)
  @Measurement(iterations = 5, time = 2)
  public AnnotatedArticle annotate() {
    Article a = corpus.get(next);
    next = next + 1 == corpus.size() ? 0 : next + 1;
    return pipeline.annotate(a);
  }

  /** Loading the language, sentence, token and name-finder models, the KB and the rules. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 3)
  public NlpResources loadResources() {
    return NlpResources.loadDefault();
  }

  public static void main(String[] args) throws Exception {
    org.openjdk.jmh.Main.main(args);
  }
}
