package org.vigie.search.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.vigie.core.AnnotatedArticle;
import org.vigie.core.json.VigieJson;
import org.vigie.search.ArticleIndex;
import org.vigie.search.IndexStats;
import org.vigie.search.SearchQuery;

/**
 * Streams every article matching a query to JSONL or CSV, in constant memory and without a cap,
 * then writes the {@link DatasetCard} beside the file. The file is written under a temporary name
 * and moved into place at the end, so a crashed export never leaves a file that looks complete.
 */
public final class ArticleExporter {
  /** Told every {@value #PROGRESS_EVERY} articles and at the end. */
  public interface Progress {
    void update(long done, long total);

    Progress NONE = (d, t) -> {};
  }

  static final int PROGRESS_EVERY = 1_000;
  /** Provenance values kept for the card; beyond this the set would grow with the corpus. */
  private static final int MAX_VERSIONS = 64;
  public static final String SEARCH_VERSION = "vigie-search/" + IndexStatsVersion.VERSION;

  private final ArticleIndex index;
  private final Clock clock;

  public ArticleExporter(ArticleIndex index, Clock clock) {
    this.index = index;
    this.clock = clock;
  }

  public static Path cardPath(Path file) {
    return file.resolveSibling(file.getFileName() + ".card.json");
  }

  public DatasetCard export(SearchQuery query, ExportFormat format, Path out, Progress progress) throws IOException {
    SearchQuery q = query.limit(1).after(null);
    long total = index.search(q).total();
    IndexStats stats = index.stats();
    Path tmp = out.resolveSibling(out.getFileName() + ".part");
    MessageDigest sha = sha256();
    ResultSetDigest set = new ResultSetDigest();
    TreeSet<String> pipelines = new TreeSet<>();
    Map<String, TreeSet<String>> models = new TreeMap<>();
    long[] n = {0};
    var exportedAt = clock.instant();
    try (OutputStream file = Files.newOutputStream(tmp);
        DigestOutputStream digesting = new DigestOutputStream(file, sha);
        OutputStream w = new BufferedOutputStream(digesting, 1 << 16)) {
      if (format == ExportFormat.CSV) w.write(CsvRows.header().getBytes(StandardCharsets.UTF_8));
      index.stream(q, a -> {
        byte[] json = json(a);
        set.add(json);
        note(a, pipelines, models);
        try {
          // bytes once: the JSON is encoded to UTF-8 once for both the digest and the file
          if (format == ExportFormat.JSONL) {
            w.write(json);
            w.write('\n');
          } else {
            w.write(CsvRows.row(a).getBytes(StandardCharsets.UTF_8));
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        if (++n[0] % PROGRESS_EVERY == 0) progress.update(n[0], total);
      });
    } catch (UncheckedIOException e) {
      Files.deleteIfExists(tmp);
      throw e.getCause();
    }
    progress.update(n[0], total);
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    Map<String, List<String>> modelLists = new TreeMap<>();
    models.forEach((k, v) -> modelLists.put(k, new ArrayList<>(v)));
    DatasetCard card = new DatasetCard(1, q, format, out.getFileName().toString(), exportedAt, stats.backend(), stats.location(), total, n[0],
        HexFormat.of().formatHex(sha.digest()), set.hex(), new ArrayList<>(pipelines), modelLists, SEARCH_VERSION);
    VigieJson.mapper().writerWithDefaultPrettyPrinter().writeValue(cardPath(out).toFile(), card);
    return card;
  }

  /** The outcome of re-running a saved export's query. */
  public sealed interface Verification {
    record Same(long articles, String resultSetDigest) implements Verification {}

    record Different(long expectedArticles, long actualArticles, String expectedDigest, String actualDigest) implements Verification {}
  }

  /** Re-runs the query of a dataset card and says whether the index still returns the same articles. */
  public Verification verify(Path card) throws IOException {
    DatasetCard c = VigieJson.mapper().readValue(card.toFile(), DatasetCard.class);
    ResultSetDigest set = new ResultSetDigest();
    long n = index.stream(c.query(), a -> set.add(json(a)));
    String digest = set.hex();
    if (n == c.articles() && digest.equals(c.resultSetDigest())) return new Verification.Same(n, digest);
    return new Verification.Different(c.articles(), n, c.resultSetDigest(), digest);
  }

  private static byte[] json(AnnotatedArticle a) {
    try {
      return VigieJson.mapper().writeValueAsBytes(a);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void note(AnnotatedArticle a, TreeSet<String> pipelines, Map<String, TreeSet<String>> models) {
    if (a.provenance() == null) return;
    if (pipelines.size() < MAX_VERSIONS) pipelines.add(a.provenance().pipelineVersion());
    a.provenance().models().forEach((k, v) -> {
      TreeSet<String> versions = models.computeIfAbsent(k, x -> new TreeSet<>());
      if (versions.size() < MAX_VERSIONS) versions.add(v);
    });
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The module version, from the jar manifest when packaged. */
  static final class IndexStatsVersion {
    static final String VERSION = version();

    private static String version() {
      String v = ArticleExporter.class.getPackage().getImplementationVersion();
      return v == null ? "dev" : v;
    }
  }
}
