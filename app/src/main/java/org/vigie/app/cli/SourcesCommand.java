package org.vigie.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie sources}: the configured outlets. */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description = "The configured sources.",
    subcommands = SourcesCommand.Check.class)
public final class SourcesCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** {@code vigie sources check [FILE]}: validates sources.yml. */
  @Command(name = "check", mixinStandardHelpOptions = true, description = "Validates sources.yml, with line-numbered errors.")
  public static final class Check implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CommonOptions common;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "Default: ./sources.yml")
    Path file;

    @Override
    public Integer call() {
      return Unavailable.say(spec, "issue #3, the crawler's sources");
    }
  }
}
