package org.vigie.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigie.crawler.extract.JsoupArticleExtractor;
import org.vigie.crawler.extract.eval.MetadataEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigie eval metadata}: title, author and published-date accuracy on a Fundus-layout
 * dataset. With {@code --min-*} floors it is a quality gate: exit 1 below any of them.
 */
@Command(
    name = "metadata",
    mixinStandardHelpOptions = true,
    description = "Scores title, author and date extraction on a Fundus-layout dataset.")
public final class EvalMetadataCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "DATASET_DIR", description = "e.g. ../shared/data/extraction/fundus")
  Path dataset;

  @Option(names = "--min-title", paramLabel = "ACC", description = "Floor for title accuracy.")
  Double minTitle;

  @Option(names = "--min-date", paramLabel = "ACC", description = "Floor for published-date accuracy.")
  Double minDate;

  @Option(names = "--min-authors", paramLabel = "ACC", description = "Floor for author accuracy.")
  Double minAuthors;

  @Option(names = "--errors", description = "List every page where a field is wrong, with both values.")
  boolean errors;

  @Option(
      names = "--sources",
      description = "Which declared title (h1, JSON-LD, og:title…) is the reviewed one, and what source-choice rules can reach; with --errors, each missed page's declared titles.")
  boolean sources;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    MetadataEvaluation.Report r;
    try {
      r = MetadataEvaluation.run(dataset, new JsoupArticleExtractor());
    } catch (IOException e) {
      err.println("eval metadata: " + e.getMessage());
      return 2;
    }
    out.println("dataset   " + dataset + " (" + r.pages() + " pages, " + r.datedPages() + " with a reviewed date)");
    out.printf(Locale.ROOT, "title     %.4f (French %.4f)%n", r.titleAccuracy(), r.frenchTitleAccuracy());
    out.println("          by country: " + String.join(", ", r.titleAccuracyByCountry().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
    out.printf(Locale.ROOT, "date      %.4f (French %.4f)%n", r.dateAccuracy(), r.frenchDateAccuracy());
    out.printf(Locale.ROOT, "authors   %.4f%n", r.authorAccuracy());
    if (sources) {
      out.println("title sources, pages where the source is the reviewed title / pages declaring it: "
          + String.join(", ", r.titleSourceAgreement().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1]).toList()));
      out.println("          a declared title is the reviewed one on " + r.pagesWithReviewedTitleDeclared() + "/" + r.pages() + " pages");
      var order = r.bestFixedSourceOrder();
      out.println("          best fixed source order " + String.join(" > ", order.getKey()) + ": " + order.getValue() + "/" + r.pages());
      out.println("          ceiling of rules that see only which sources agree (fitted to this set): " + r.agreementPatternCeiling() + "/" + r.pages());
    }
    if (errors) {
      for (MetadataEvaluation.PageResult p : r.results()) {
        if (!p.titleOk()) {
          out.println("  title   " + p.country() + "/" + p.file() + ": expected \"" + p.expectedTitle() + "\", got \"" + p.title() + "\"");
          if (sources) {
            var right = p.sourcesWithReviewedTitle();
            p.declaredTitles().forEach((k, v) -> out.println("            " + (right.contains(k) ? "= " : "  ") + k + ": " + v));
          }
        }
        if (p.dateOk() != null && !p.dateOk()) {
          out.println("  date    " + p.country() + "/" + p.file() + ": expected " + p.expectedDate() + ", got " + p.date());
        }
        if (!p.authorsOk()) {
          out.println("  authors " + p.country() + "/" + p.file() + ": expected " + p.expectedAuthors() + ", got " + p.authors());
        }
      }
    }
    out.flush();
    int status = 0;
    status |= floor(err, "title", r.titleAccuracy(), minTitle);
    status |= floor(err, "date", r.dateAccuracy(), minDate);
    status |= floor(err, "authors", r.authorAccuracy(), minAuthors);
    return status;
  }

  private static int floor(PrintWriter err, String what, double value, Double min) {
    if (min != null && value < min) {
      err.printf(Locale.ROOT, "eval metadata: %s accuracy %.4f is below the floor %.4f%n", what, value, min);
      return 1;
    }
    return 0;
  }
}
