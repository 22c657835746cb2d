package org.vigie.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie metadata}: Scores title, author and date extraction on a Fundus-layout dataset. */
@Command(name = "metadata", mixinStandardHelpOptions = true, description = "Scores title, author and date extraction on a Fundus-layout dataset.")
public final class EvalMetadataCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "DATASET_DIR", description = "e.g. ../shared/data/extraction/fundus")
  java.nio.file.Path dataset;

  @Override
  public Integer call() {
    return Unavailable.say(spec, "issue #4, article extraction");
  }
}
