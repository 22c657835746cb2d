package org.vigie.nlp.eval;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.vigie.nlp.NlpPipeline;
import org.vigie.nlp.NlpResources;
import org.vigie.nlp.entities.NameFinderTrainer;

/**
 * Cross-validation by outlet inside the train split: for each fold of outlets, the name finder is
 * retrained on the other outlets and the whole recogniser scored on the fold. This is the figure
 * to watch while changing rules, so that the held-out split stays unread.
 *
 * <pre>
 * ./mvnw -q -B -o -pl nlp org.codehaus.mojo:exec-maven-plugin:3.5.1:java \
 *   -Dexec.mainClass=org.vigie.nlp.eval.EntityCrossValidation \
 *   -Dexec.args="eval/entities app/src/main/resources/demo/articles 2"
 * </pre>
 */
public final class EntityCrossValidation {
  private EntityCrossValidation() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: EntityCrossValidation CORPUS_DIR DEMO_ARTICLES_DIR [FOLDS]");
      System.exit(2);
    }
    int folds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    List<GoldArticle> train =
        EntityCorpus.load(Path.of(args[0]), Path.of(args[1])).stream().filter(g -> g.split().equals("train")).toList();
    List<String> outlets = new ArrayList<>(new TreeSet<>(train.stream().map(GoldArticle::outlet).toList()));
    NlpResources base = NlpResources.loadDefault();
    for (int f = 0; f < folds; f++) {
      Set<String> held = new TreeSet<>();
      for (int i = f; i < outlets.size(); i += folds) held.add(outlets.get(i));
      List<GoldArticle> fit = train.stream().filter(g -> !held.contains(g.outlet())).toList();
      List<GoldArticle> score = train.stream().filter(g -> held.contains(g.outlet())).toList();
      TokenNameFinderModel model = NameFinderTrainer.train(fit, base.segmenter());
      NlpPipeline pipeline =
          new NlpResources(base.languageDetector(), base.segmenter(), base.kb(), base.rules(), model)
              .pipeline("cross-validation", Clock.systemUTC())
              .withCountryByOutlet(EntityCorpus.countryByOutlet(Path.of(args[0]), Path.of(args[1])));
      EntityScores scores = EntityEvaluator.evaluate(score, g -> pipeline.annotate(g.article(), g.language()));
      System.out.println("fold " + (f + 1) + " of " + folds + ", held out: " + held);
      System.out.print(scores.report());
    }
  }
}
