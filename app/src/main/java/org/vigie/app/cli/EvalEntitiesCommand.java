package org.vigie.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie entities}: Scores entity recognition and linking: precision, recall, F1 per type, linking accuracy. */
@Command(name = "entities", mixinStandardHelpOptions = true, description = "Scores entity recognition and linking: precision, recall, F1 per type, linking accuracy.")
public final class EvalEntitiesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "DATASET_DIR", description = "An annotated corpus directory.")
  java.nio.file.Path dataset;

  @Override
  public Integer call() {
    return Unavailable.say(spec, "issue #5, entities");
  }
}
