package org.vigie.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie extract}: Extracts one article from an HTML file and prints its JSON. */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Extracts one article from an HTML file and prints its JSON.")
public final class ExtractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "An HTML file, optionally gzip-compressed.")
  java.nio.file.Path file;

  @Option(names = "--url", paramLabel = "URL", description = "The URL the page came from.")
  String url;

  @Option(names = "--manifest", paramLabel = "LIST.tsv", description = "Lines path<TAB>url; prints one JSON object per line.")
  java.nio.file.Path manifest;
  @Override
  public Integer call() {
    return Unavailable.say(spec, "issue #4, article extraction");
  }
}
