package org.vigie.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie stance}: Scores stance classification. */
@Command(name = "stance", mixinStandardHelpOptions = true, description = "Scores stance classification.")
public final class EvalStanceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "DATASET_DIR", description = "An annotated corpus directory.")
  java.nio.file.Path dataset;

  @Override
  public Integer call() {
    return Unavailable.say(spec, "the stance issue");
  }
}
