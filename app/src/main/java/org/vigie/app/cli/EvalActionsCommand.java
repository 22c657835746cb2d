package org.vigie.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie actions}: Scores regulatory-action extraction. */
@Command(name = "actions", mixinStandardHelpOptions = true, description = "Scores regulatory-action extraction.")
public final class EvalActionsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "DATASET_DIR", description = "An annotated corpus directory.")
  java.nio.file.Path dataset;

  @Override
  public Integer call() {
    return Unavailable.say(spec, "the regulatory-actions issue");
  }
}
