package org.vigie.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.core.Source;
import org.vigie.core.config.VigieConfig;
import org.vigie.crawler.CrawlSummary;
import org.vigie.crawler.Crawler;
import org.vigie.crawler.source.SourceProblem;
import org.vigie.crawler.source.SourcesException;
import org.vigie.crawler.source.SourcesLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigie crawl}: one crawl pass over the sources of {@code sources.yml}, with a live
 * progress line. Pages are fetched politely and archived to WARC under the data directory; new
 * and changed articles are counted per source.
 */
@Command(name = "crawl", mixinStandardHelpOptions = true,
    description = "Crawls the configured sources: discovery, polite fetch, WARC archive.")
public final class CrawlCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--source", paramLabel = "ID", description = "Crawl only this source.")
  String source;

  @Option(names = "--once", description = "One pass over every source, then exit.")
  boolean once;

  @Option(names = "--sources", paramLabel = "FILE", description = "The sources file (default: ./sources.yml).")
  Path sourcesFile;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    if (!once) {
      err.println("crawl: only --once is available here; `vigie run` schedules crawls at each source's interval");
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
    } catch (java.io.IOException e) {
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
    VigieConfig settings = common.settings();
    boolean terminal = System.console() != null;
    CrawlSummary summary;
    try (Crawler crawler = new Crawler(settings.crawler(), settings.dataDir())) {
      summary = crawler.crawlOnce(sources, page -> {}, status -> {
        synchronized (err) {
          if (terminal) err.print("\r" + status.line() + "   ");
          else err.println(status.line());
          err.flush();
        }
      });
    }
    if (terminal) err.println();
    out.printf("%d discovered, %d fetched, %d not modified, %d failed in %ds%n", summary.discovered(),
        summary.fetched(), summary.notModified(), summary.failed(), summary.elapsed().toSeconds());
    summary.fetchedPerSource().forEach((id, n) -> out.printf("  %-24s %d%n", id, n));
    return 0;
  }
}
