package org.vigie.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie case}: The dated chain of regulatory actions about an entity or a query. */
@Command(name = "case", mixinStandardHelpOptions = true, description = "The dated chain of regulatory actions about an entity or a query.")
public final class CaseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "ENTITY_OR_QUERY", description = "An entity id or name, or a query.")
  String target;

  @Option(names = "--json", description = "Machine-readable output.")
  boolean json;
  @Override
  public Integer call() {
    return Unavailable.say(spec, "issue #6, search and case files");
  }
}
