package org.vigie.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vigie eval}: evaluation harnesses, each printing precision, recall and F1. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Scores a pipeline stage on a dataset: precision, recall, F1.",
    subcommands = {
      EvalExtractionCommand.class,
      EvalMetadataCommand.class,
      EvalEntitiesCommand.class,
      EvalStanceCommand.class,
      EvalActionsCommand.class
    })
public final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
