package org.vigie.app.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.vigie.app.Components;
import org.vigie.app.demo.DemoCorpus;
import org.vigie.app.demo.ReplaySites;
import org.vigie.app.pipeline.ArticlePipeline;
import org.vigie.app.pipeline.ConsoleProgress;
import org.vigie.app.pipeline.CrawlAndIndex;
import org.vigie.app.pipeline.RunTally;
import org.vigie.core.Source;
import org.vigie.core.config.VigieConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code vigie demo}: serves the bundled sample sites on loopback, crawls them through feeds and
 * sitemaps, extracts, annotates and indexes every article, then prints a summary and one French
 * and one English sample search. A second run reuses the data directory: the crawler's
 * conditional GETs find nothing changed and the index keeps one copy of each article.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the bundled sample news sites on loopback, crawls, extracts, annotates and indexes them,",
      "then prints a summary and one French and one English sample search."
    })
public final class DemoCommand implements Callable<Integer> {
  /** The sample searches; the end-to-end test checks that each ranks its story first. */
  static final Map<String, String> SAMPLE_SEARCHES = Map.of("fr", "amende DSA", "en", "Ofcom investigation");

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(
      names = "--sites-port",
      paramLabel = "N",
      defaultValue = "7101",
      description = {
        "First port of the sample sites: outlet i listens on N+i (default: ${DEFAULT-VALUE}).",
        "Fixed ports keep the sites' URLs stable, so a second run only sends conditional GETs;",
        "0 picks free ports, and a second run then fetches every page again."
      })
  int sitesPort;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    VigieConfig config = common.settings();
    long started = System.nanoTime();

    DemoCorpus corpus = DemoCorpus.load();
    try (ReplaySites sites = startSites(corpus);
        Components components = new Components(config, countries(sites))) {
      out.printf(
          "Vigie demo: %d sample outlets serving %d articles on 127.0.0.1; data directory %s%n",
          corpus.outlets().size(), corpus.articles().size(), config.dataDir().toAbsolutePath().normalize());
      out.flush();
      err.println("demo: loading language models and the knowledge base…");
      ArticlePipeline pipeline =
          new ArticlePipeline(components.extractor(), components.storyGrouper(), components.annotator(), components.index());
      RunTally tally = new RunTally();
      ConsoleProgress progress = new ConsoleProgress(err, System.console() != null, tally::indexed);
      CrawlAndIndex.Report report =
          new CrawlAndIndex(components.crawler(), pipeline, components.index()).once(sites.sources(), tally, progress);
      progress.finish();

      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
      new DemoReport(out, components.nlp().kb()).print(report, components.index(), SAMPLE_SEARCHES, elapsed);
      return 0;
    }
  }

  private ReplaySites startSites(DemoCorpus corpus) {
    try {
      return ReplaySites.start(corpus, sitesPort);
    } catch (UncheckedIOException e) {
      if (sitesPort == 0) throw e;
      throw new IllegalStateException(
          String.format(
              "ports %d-%d are not free for the sample sites (%s); pass --sites-port with other ports, or 0 for any",
              sitesPort, sitesPort + corpus.outlets().size() - 1, e.getCause() == null ? e.getMessage() : e.getCause().getMessage()),
          e);
    }
  }

  private static Map<String, String> countries(ReplaySites sites) {
    return sites.sources().stream().collect(Collectors.toMap(Source::id, Source::country));
  }
}
