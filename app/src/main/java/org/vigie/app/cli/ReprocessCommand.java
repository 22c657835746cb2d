package org.vigie.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie reprocess}: Re-extracts and re-annotates articles from the WARC archive, without the network. */
@Command(name = "reprocess", mixinStandardHelpOptions = true, description = "Re-extracts and re-annotates articles from the WARC archive, without the network.")
public final class ReprocessCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--since", paramLabel = "DATE", description = "Only responses archived since this date.")
  String since;

  @Override
  public Integer call() {
    return Unavailable.say(spec, "issue #3, the crawler archive");
  }
}
