package org.vigie.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie extraction}: Scores the extractor on a scrapinghub-layout dataset: precision, recall, F1, pages/s. */
@Command(name = "extraction", mixinStandardHelpOptions = true, description = "Scores the extractor on a scrapinghub-layout dataset: precision, recall, F1, pages/s.")
public final class EvalExtractionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "DATASET_DIR", description = "e.g. ../shared/data/extraction/aeb")
  java.nio.file.Path dataset;

  @Override
  public Integer call() {
    return Unavailable.say(spec, "issue #4, article extraction");
  }
}
