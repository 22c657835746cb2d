package org.vigie.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.app.VigieVersion;
import org.vigie.nlp.NlpPipeline;
import org.vigie.nlp.NlpResources;
import org.vigie.nlp.eval.EntityCorpus;
import org.vigie.nlp.eval.EntityEvaluator;
import org.vigie.nlp.eval.EntityScores;
import org.vigie.nlp.eval.GoldArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigie eval entities DIR}: scores the shipped recogniser on the annotated corpus
 * ({@code eval/entities/README.md}): precision, recall and F1 per language and type, linking
 * accuracy, and the precision of "X" the platform. The held-out split is the default.
 */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = "Scores entity recognition and linking: precision, recall, F1 per type, linking accuracy.")
public final class EvalEntitiesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "DATASET_DIR", description = "The annotated corpus directory (eval/entities).")
  Path dataset;

  @Option(
      names = "--articles",
      paramLabel = "DIR",
      description = "Where demo: articles live (default: DATASET_DIR/../../app/src/main/resources/demo/articles).")
  Path demoArticles;

  @Option(names = "--split", paramLabel = "test|train|all", defaultValue = "test", description = "Which split to score (default: test).")
  String split;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!List.of("test", "train", "all").contains(split)) {
      err.println("eval entities: --split is test, train or all, not '" + split + "'");
      return 2;
    }
    Path demo = demoArticles != null ? demoArticles : dataset.resolve("../../app/src/main/resources/demo/articles").normalize();
    if (!Files.isDirectory(dataset.resolve("annotations"))) {
      err.println("eval entities: " + dataset + " has no annotations/ directory");
      return 2;
    }
    List<GoldArticle> corpus;
    try {
      corpus = EntityCorpus.load(dataset, demo).stream().filter(g -> split.equals("all") || g.split().equals(split)).toList();
    } catch (IOException | RuntimeException e) {
      err.println("eval entities: cannot read the corpus: " + e.getMessage());
      return 1;
    }
    NlpPipeline pipeline;
    try {
      pipeline = NlpResources.loadDefault().pipeline(VigieVersion.current().full(), Clock.systemUTC())
          .withCountryByOutlet(EntityCorpus.countryByOutlet(dataset, demo));
    } catch (IOException e) {
      err.println("eval entities: cannot read the outlets: " + e.getMessage());
      return 1;
    }
    EntityScores scores = EntityEvaluator.evaluate(corpus, g -> pipeline.annotate(g.article(), g.language()));
    PrintWriter out = spec.commandLine().getOut();
    out.println("split: " + split);
    out.print(scores.report());
    out.flush();
    return 0;
  }
}
