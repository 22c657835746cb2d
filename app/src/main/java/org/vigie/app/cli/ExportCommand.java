package org.vigie.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigie.app.Components;
import org.vigie.search.SearchQuery;
import org.vigie.search.export.ArticleExporter;
import org.vigie.search.export.DatasetCard;
import org.vigie.search.export.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie export}: every match, streamed, with a dataset card; or re-checks a saved card. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Exports every article matching a query to JSONL or CSV, with a dataset card.")
public final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin SearchFilterOptions filters;

  @Parameters(paramLabel = "QUERY", arity = "0..1", description = "Free text (blank: everything).")
  String query;

  @Option(names = "--format", paramLabel = "jsonl|csv", defaultValue = "jsonl", description = "Output format (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "PATH", description = "Output file.")
  Path out;

  @Option(names = "--verify", paramLabel = "CARD", description = "Re-run the query of a saved dataset card and say whether the result set is the same.")
  Path verify;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Components c = new Components(common.settings(), Map.of())) {
      ArticleExporter exporter = new ArticleExporter(c.index(), Clock.systemUTC());
      if (verify != null) {
        return switch (exporter.verify(verify)) {
          case ArticleExporter.Verification.Same s -> {
            stdout.printf("same result set: %,d articles, digest %s%n", s.articles(), s.resultSetDigest());
            stdout.flush();
            yield 0;
          }
          case ArticleExporter.Verification.Different d -> {
            err.printf("export: different result set: %,d articles now, %,d in the card%n", d.actualArticles(), d.expectedArticles());
            err.flush();
            yield 4;
          }
        };
      }
      if (out == null) throw new IllegalArgumentException("--out PATH is required");
      SearchQuery q = SearchQuery.text(query).filters(filters.filters());
      DatasetCard card = exporter.export(q, ExportFormat.parse(format), out, (done, total) -> {
        int width = 30;
        int filled = total == 0 ? width : (int) Math.min(width, done * width / total);
        err.printf("\r[%s%s] %,d / %,d", "#".repeat(filled), " ".repeat(width - filled), done, total);
        err.flush();
      });
      err.println();
      stdout.printf("%,d article(s) -> %s (sha256 %s); card %s%n", card.articles(), out, card.sha256(), ArticleExporter.cardPath(out));
      stdout.flush();
      return 0;
    } catch (Exception e) {
      return CliErrors.report(spec, common, e);
    }
  }
}
