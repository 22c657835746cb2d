package org.vigie.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie crawl}: Crawls the configured sources: discovery, fetch, archive, extraction, annotation, indexing. */
@Command(name = "crawl", mixinStandardHelpOptions = true, description = "Crawls the configured sources: discovery, fetch, archive, extraction, annotation, indexing.")
public final class CrawlCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--source", paramLabel = "ID", description = "Crawl only this source.")
  String source;

  @Option(names = "--once", description = "One pass over every source, then exit.")
  boolean once;
  @Override
  public Integer call() {
    return Unavailable.say(spec, "issue #3, the crawler");
  }
}
