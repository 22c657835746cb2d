package org.vigie.bench.dedup;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.vigie.core.Article;
import org.vigie.core.TextBlock;
import org.vigie.crawler.dedup.MinHashSignature;
import org.vigie.crawler.dedup.MinHashStoryGrouper;
import org.vigie.crawler.dedup.StoryDecision;
import org.vigie.crawler.dedup.WordShingles;
import org.vigie.crawler.state.CrawlDatabase;

/**
 * Cost per article of wire-copy grouping, on one thread: {@code signature} is the CPU part alone
 * (normalise, shingle, 128 MinHashes of a 600-word article); {@code group} is what the pipeline
 * pays, signature plus the LSH lookup and the insert in the crawler's H2 database, which already
 * holds {@code stored} articles. Every other grouped article is a copy of a stored one (new
 * headline, one paragraph cut), the rest are new; ids never repeat, so the database grows during
 * the run as it does in a crawl.
 *
 * <p>Articles are synthetic: words drawn from a 20,000-word Zipf vocabulary, which gives unrelated
 * texts the near-zero 5-gram overlap real news has (a bucket holds only true matches), so the
 * figure is the index's cost, not a candidate storm's. Making the article is part of each
 * operation; {@code textOnly} measures it so it can be subtracted.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class StoryGroupingBenchmark {

  private static final int VOCABULARY = 20_000;
  private static final int PARAGRAPHS = 8;
  private static final int WORDS_PER_PARAGRAPH = 75;

  /** Synthetic articles; every one has a new id. */
  @State(Scope.Benchmark)
  public static class Texts {
    private final SplittableRandom random = new SplittableRandom(42);
    private double[] cumulative;
    private final List<List<TextBlock>> bodies = new ArrayList<>();
    private long next;

    @Setup(Level.Trial)
    public void vocabulary() {
      cumulative = new double[VOCABULARY];
      double sum = 0;
      for (int i = 0; i < VOCABULARY; i++) cumulative[i] = sum += 1.0 / (i + 1);
      for (int i = 0; i < VOCABULARY; i++) cumulative[i] /= sum;
    }

    Article article(List<TextBlock> body) {
      long n = next++;
      URI url = URI.create("https://outlet" + (n % 50) + ".example/a/" + n);
      return new Article(null, url, null, "outlet" + (n % 50), "Headline number " + n + " " + word() + " " + word(),
          null, List.of(), null, null, null, "en", body, Instant.EPOCH, null, null);
    }

    List<TextBlock> freshBody() {
      List<TextBlock> blocks = new ArrayList<>(PARAGRAPHS);
      for (int p = 0; p < PARAGRAPHS; p++) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < WORDS_PER_PARAGRAPH; w++) s.append(word()).append(' ');
        blocks.add(TextBlock.paragraph(s.toString().strip()));
      }
      if (bodies.size() < 10_000) bodies.add(blocks);
      return blocks;
    }

    /** A stored body with one paragraph cut, or a new body: every other call. */
    List<TextBlock> copyOrNew() {
      if ((next & 1) == 0) {
        List<TextBlock> body = new ArrayList<>(bodies.get(random.nextInt(bodies.size())));
        body.remove(random.nextInt(body.size()));
        return body;
      }
      return freshBody();
    }

    private String word() {
      int i = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
      return "w" + Integer.toString(i < 0 ? -i - 1 : i, 36);
    }
  }

  /** The crawler database, already holding {@code stored} grouped articles. */
  @State(Scope.Benchmark)
  public static class Filled {
    @Param("10000")
    public int stored;

    private Path dataDir;
    private CrawlDatabase db;
    MinHashStoryGrouper grouper;
    long joined;
    long grouped;

    @Setup(Level.Trial)
    public void fill(Texts texts) throws IOException {
      dataDir = Files.createTempDirectory("vigie-dedup-bench");
      db = new CrawlDatabase(dataDir);
      grouper = new MinHashStoryGrouper(db);
      for (int i = 0; i < stored; i++) grouper.assign(texts.article(texts.freshBody()));
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
      System.out.printf("%n%d articles grouped in the measured run, %d joined a story%n", grouped, joined);
      db.close();
      try (Stream<Path> files = Files.walk(dataDir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** The harness alone: one new synthetic article, the part of the two figures below that is not grouping. */
  @Benchmark
  public Article textOnly(Texts texts) {
    return texts.article(texts.freshBody());
  }

  /** Shingles and MinHash signature of one new article: the CPU part. */
  @Benchmark
  public MinHashSignature signature(Texts texts) {
    Article a = texts.article(texts.freshBody());
    return MinHashSignature.of(WordShingles.of(a.title() + "\n" + a.bodyText()));
  }

  /** One article (a copy of a stored one, or a new one, in turn) through the grouper: signature, band lookup, insert, commit. */
  @Benchmark
  public StoryDecision group(Texts texts, Filled filled) {
    StoryDecision d = filled.grouper.assign(texts.article(texts.copyOrNew()));
    filled.grouped++;
    if (d instanceof StoryDecision.Joined) filled.joined++;
    return d;
  }
}
