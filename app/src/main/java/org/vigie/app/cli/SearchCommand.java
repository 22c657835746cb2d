package org.vigie.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie search}: Searches the index. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Searches the index.")
public final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "QUERY", description = "Free text; entity names match across languages.")
  String query;

  @Option(names = "--json", description = "Machine-readable output.")
  boolean json;
  @Override
  public Integer call() {
    return Unavailable.say(spec, "issue #6, search");
  }
}
