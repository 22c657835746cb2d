package org.vigie.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.vigie.core.Source;
import org.vigie.crawler.source.SourcesException;
import org.vigie.crawler.source.SourcesLoader;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigie.app.Components;
import org.vigie.app.pipeline.ArticlePipeline;
import org.vigie.app.pipeline.PageOutcome;
import org.vigie.app.pipeline.RunTally;
import org.vigie.core.config.VigieConfig;
import org.vigie.crawler.ReprocessStatus;
import org.vigie.crawler.ReprocessSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigie reprocess}: every archived article response read back from the WARC files and sent
 * through the same article pipeline as a crawl (extract → annotate → index), without one request
 * to the outlets. Run it after the models or the extractor improved; the index keeps one copy per
 * article because ids come from canonical URLs.
 */
@Command(name = "reprocess", mixinStandardHelpOptions = true,
    description = "Re-extracts, re-annotates and re-indexes archived articles from the WARC files, without the network.")
public final class ReprocessCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--since", paramLabel = "DATE",
      description = "Only responses fetched on or after this date (YYYY-MM-DD, UTC) or instant (ISO-8601).")
  String since;

  @Option(names = "--sources", paramLabel = "FILE",
      description = "sources.yml, for each outlet's country in the index (default: ./sources.yml when present).")
  Path sourcesFile;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Instant from;
    try {
      from = since == null ? null : parse(since);
    } catch (DateTimeParseException e) {
      err.println("reprocess: --since wants YYYY-MM-DD or an ISO-8601 instant, not '" + since + "'");
      return 2;
    }
    VigieConfig settings = common.settings();
    if (!Files.isDirectory(settings.dataDir().resolve("db"))) {
      err.println("reprocess: no crawl state in " + settings.dataDir() + " (crawl first, or pass --data-dir)");
      return 2;
    }
    Map<String, String> countries;
    try {
      countries = countries();
    } catch (IOException | SourcesException e) {
      err.println("reprocess: cannot read the sources file for outlet countries: " + e.getMessage());
      return 2;
    }
    try (Components components = new Components(settings, countries)) {
      err.println("reprocess: loading language models and the knowledge base…");
      err.flush();
      ArticlePipeline pipeline =
          new ArticlePipeline(components.extractor(), components.storyGrouper(), components.annotator(), components.index());
      RunTally tally = new RunTally();
      boolean terminal = System.console() != null;
      long[] lastPlain = {0};
      ReprocessSummary summary = components.crawler().reprocess(from, page -> tally.record(pipeline.process(page)),
          status -> progress(err, terminal, status, tally, lastPlain));
      components.index().refresh();
      if (terminal) err.println();
      out.printf(Locale.ROOT,
          "Reprocessed in %.1f s: %d archived article responses, %d sent through the pipeline, %d duplicates skipped, "
              + "%d damaged records skipped;%n%d articles indexed, %d pages skipped, %d failed in the pipeline.%n",
          summary.elapsed().toMillis() / 1000.0, summary.archived(), summary.delivered(), summary.duplicates(),
          summary.damaged(), tally.indexed(), tally.skipped(), tally.failed());
      for (PageOutcome.Failed f : tally.failures()) out.printf("  failed: %s (%s)%n", f.url(), f.reason());
      out.flush();
      return 0;
    } catch (RuntimeException e) {
      return CliErrors.report(spec, common, e);
    }
  }

  private static synchronized void progress(PrintWriter err, boolean terminal, ReprocessStatus s, RunTally tally,
      long[] lastPlain) {
    String line = s.line() + ", " + tally.indexed() + " indexed";
    if (terminal) {
      err.print("\r" + line + "   ");
    } else if (System.currentTimeMillis() - lastPlain[0] >= 5_000) {
      err.println(line);
      lastPlain[0] = System.currentTimeMillis();
    }
    err.flush();
  }

  /** Each outlet's country, indexed for the country filter, as {@code vigie crawl} does. */
  private Map<String, String> countries() throws IOException, SourcesException {
    Path path = sourcesFile != null ? sourcesFile : Path.of("sources.yml");
    if (sourcesFile == null && !Files.isRegularFile(path)) return Map.of();
    return new SourcesLoader().load(path).stream()
        .collect(Collectors.toMap(Source::id, Source::country, (a, b) -> a));
  }

  static Instant parse(String value) {
    String v = value.strip();
    if (v.length() == 10) return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
    return Instant.parse(v);
  }
}
