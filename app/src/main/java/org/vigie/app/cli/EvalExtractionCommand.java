package org.vigie.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.crawler.extract.JsoupArticleExtractor;
import org.vigie.crawler.extract.eval.ExtractionEvaluation;
import org.vigie.crawler.extract.eval.ShingleMetric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigie eval extraction}: body-text precision, recall and F1 on a scrapinghub-layout
 * dataset, overall and on its development and held-out parts, and the pages per second of
 * extraction alone. With {@code --min-f1} it is a quality gate: exit 1 below the floor.
 */
@Command(
    name = "extraction",
    mixinStandardHelpOptions = true,
    description = "Scores the extractor on a scrapinghub-layout dataset: precision, recall, F1, pages/s.")
public final class EvalExtractionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "DATASET_DIR", description = "e.g. ../shared/data/extraction/aeb")
  Path dataset;

  @Option(names = "--min-f1", paramLabel = "F1", description = "Fail (exit 1) when F1 on all pages is below this floor.")
  Double minF1;

  @Option(names = "--min-held-out-f1", paramLabel = "F1", description = "Fail (exit 1) when F1 on the held-out pages is below this floor.")
  Double minHeldOutF1;

  @Option(names = "--worst", paramLabel = "N", defaultValue = "0", description = "Also list the N worst development pages.")
  int worst;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ExtractionEvaluation.Report r;
    try {
      JsoupArticleExtractor extractor = new JsoupArticleExtractor();
      // One untimed pass first: the figure is about the extractor, not about the JIT warming up.
      ExtractionEvaluation.run(dataset, extractor);
      r = ExtractionEvaluation.run(dataset, extractor);
    } catch (IOException e) {
      err.println("eval extraction: " + e.getMessage());
      return 2;
    }
    out.println("dataset   " + dataset + " (" + r.all().pages() + " pages; development " + r.dev().pages() + ", held out " + r.heldOut().pages() + ")");
    line(out, "all", r.all());
    line(out, "dev", r.dev());
    line(out, "held-out", r.heldOut());
    out.printf(Locale.ROOT, "speed     %.0f pages per CPU-second (extraction alone, jsoup parse included, one thread; JMH gives wall-clock figures)%n", r.pagesPerSecond());
    if (worst > 0) {
      List<ExtractionEvaluation.PageResult> dev = new ArrayList<>(r.pages());
      dev.removeIf(p -> p.split() != org.vigie.crawler.extract.eval.DatasetSplit.DEV);
      dev.sort(Comparator.comparingDouble(p -> Math.min(p.counts().precision(), p.counts().recall())));
      for (ExtractionEvaluation.PageResult p : dev.subList(0, Math.min(worst, dev.size()))) {
        out.printf(Locale.ROOT, "  %s P=%.3f R=%.3f predicted=%d truth=%d chars%n", p.id(), p.counts().precision(), p.counts().recall(), p.predictedChars(), p.truthChars());
      }
    }
    out.flush();
    int status = 0;
    if (minF1 != null && r.all().f1() < minF1) {
      err.printf(Locale.ROOT, "eval extraction: F1 %.4f is below the floor %.4f%n", r.all().f1(), minF1);
      status = 1;
    }
    if (minHeldOutF1 != null && r.heldOut().f1() < minHeldOutF1) {
      err.printf(Locale.ROOT, "eval extraction: held-out F1 %.4f is below the floor %.4f%n", r.heldOut().f1(), minHeldOutF1);
      status = 1;
    }
    return status;
  }

  private static void line(PrintWriter out, String name, ShingleMetric.Score s) {
    out.printf(Locale.ROOT, "%-9s P=%.4f R=%.4f F1=%.4f%n", name, s.precision(), s.recall(), s.f1());
  }
}
