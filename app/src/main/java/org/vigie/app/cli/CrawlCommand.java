package org.vigie.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.vigie.app.Components;
import org.vigie.app.pipeline.ArticlePipeline;
import org.vigie.app.pipeline.ConsoleProgress;
import org.vigie.app.pipeline.CrawlAndIndex;
import org.vigie.app.pipeline.PageOutcome;
import org.vigie.app.pipeline.RunTally;
import org.vigie.core.Source;
import org.vigie.crawler.CrawlSummary;
import org.vigie.crawler.source.SourceProblem;
import org.vigie.crawler.source.SourcesException;
import org.vigie.crawler.source.SourcesLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigie crawl --once}: one crawl pass over the sources of {@code sources.yml}, every new or
 * changed article extracted, annotated and indexed on the way, with a live progress line and a
 * closing summary.
 *
 * <p>Without {@code --once} it refuses: crawling at each source's interval is the scheduler's job
 * ({@code vigie run}, Quartz with misfire handling and a persistent job store). A sleep loop here
 * would be a second, weaker scheduler that forgets its timing on every restart.
 */
@Command(name = "crawl", mixinStandardHelpOptions = true,
    description = "Crawls the configured sources once: discovery, polite fetch, WARC archive, extraction, "
        + "annotation, indexing.")
public final class CrawlCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--source", paramLabel = "ID", description = "Crawl only this source.")
  String source;

  @Option(names = "--once", description = "One pass over every source, then exit (required for now).")
  boolean once;

  @Option(names = "--sources", paramLabel = "FILE", description = "The sources file (default: ./sources.yml).")
  Path sourcesFile;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    if (!once) {
      err.println("crawl: only --once is available; periodic crawling at each source's interval is `vigie run` (the scheduler)");
      return 2;
    }
    Path file = sourcesFile == null ? Path.of("sources.yml") : sourcesFile;
    if (!Files.isRegularFile(file)) {
      err.println("crawl: no such sources file: " + file);
      return 2;
    }
    List<Source> sources;
    try {
      sources = new SourcesLoader().load(file);
    } catch (SourcesException e) {
      for (SourceProblem p : e.problems()) err.println(file + ":" + p);
      return 1;
    } catch (IOException e) {
      err.println("crawl: cannot read " + file + ": " + e.getMessage());
      return 2;
    }
    if (source != null) {
      sources = sources.stream().filter(s -> s.id().equals(source)).toList();
      if (sources.isEmpty()) {
        err.println("crawl: no source with id '" + source + "' in " + file);
        return 2;
      }
    }
    Map<String, String> countries = sources.stream().collect(Collectors.toMap(Source::id, Source::country, (a, b) -> a));
    try (Components components = new Components(common.settings(), countries)) {
      err.println("crawl: loading language models and the knowledge base…");
      err.flush();
      ArticlePipeline pipeline =
          new ArticlePipeline(components.extractor(), components.storyGrouper(), components.annotator(), components.index());
      RunTally tally = new RunTally();
      ConsoleProgress progress = new ConsoleProgress(err, System.console() != null, tally::indexed);
      CrawlAndIndex.Report report =
          new CrawlAndIndex(components.crawler(), pipeline, components.index()).once(sources, tally, progress);
      progress.finish();
      printSummary(out, report);
      return 0;
    } catch (RuntimeException e) {
      return CliErrors.report(spec, common, e);
    }
  }

  static void printSummary(PrintWriter out, CrawlAndIndex.Report report) {
    CrawlSummary c = report.crawl();
    RunTally t = report.tally();
    out.printf(Locale.ROOT,
        "Crawled in %.1f s: %d URLs discovered, %d pages fetched, %d unchanged, %d duplicates (same canonical URL), "
            + "%d failed;%n%d articles indexed, %d pages skipped, %d failed in the pipeline.%n",
        c.elapsed().toMillis() / 1000.0, c.discovered(), c.fetched(), c.notModified(), c.duplicates(), c.failed(),
        t.indexed(), t.skipped(), t.failed());
    t.perOutletAndLanguage().forEach((k, n) -> out.printf("  %-32s %d%n", k, n));
    for (PageOutcome.Failed f : t.failures()) out.printf("  failed: %s (%s)%n", f.url(), f.reason());
    out.flush();
  }
}
