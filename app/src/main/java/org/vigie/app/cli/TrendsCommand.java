package org.vigie.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie trends}: Counts matching articles per day, week or month. */
@Command(name = "trends", mixinStandardHelpOptions = true, description = "Counts matching articles per day, week or month.")
public final class TrendsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "QUERY", description = "Free text.")
  String query;

  @Option(names = "--interval", paramLabel = "day|week|month", defaultValue = "day", description = "Bucket size (default: ${DEFAULT-VALUE}).")
  String interval;

  @Option(names = "--split", paramLabel = "FIELD", description = "entity, language, outlet, stance or action.")
  String split;

  @Option(names = "--json", description = "Machine-readable output.")
  boolean json;
  @Override
  public Integer call() {
    return Unavailable.say(spec, "issue #6, search and trends");
  }
}
