package org.vigie.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie export}: Exports every article matching a query to JSONL or CSV, with a dataset card. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Exports every article matching a query to JSONL or CSV, with a dataset card.")
public final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "QUERY", description = "Free text.")
  String query;

  @Option(names = "--format", paramLabel = "jsonl|csv", defaultValue = "jsonl", description = "Output format (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "PATH", description = "Output file.")
  java.nio.file.Path out;

  @Override
  public Integer call() {
    return Unavailable.say(spec, "issue #6, export");
  }
}
