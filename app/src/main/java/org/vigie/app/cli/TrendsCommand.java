package org.vigie.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigie.app.Components;
import org.vigie.search.Facet;
import org.vigie.search.SearchQuery;
import org.vigie.search.TrendQuery;
import org.vigie.search.TrendResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie trends}: counts per period, empty periods included. */
@Command(name = "trends", mixinStandardHelpOptions = true, description = "Counts matching articles per day, week or month.")
public final class TrendsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin SearchFilterOptions filters;

  @Parameters(paramLabel = "QUERY", description = "Free text.")
  String query;

  @Option(names = "--interval", paramLabel = "day|week|month", defaultValue = "day", description = "Bucket size (default: ${DEFAULT-VALUE}).")
  String interval;

  @Option(names = "--split", paramLabel = "FIELD", description = "entity, language, outlet, stance, action or topic.")
  String split;

  @Option(names = "--json", description = "Machine-readable output.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Components c = new Components(common.settings(), Map.of())) {
      TrendQuery.Interval iv = TrendQuery.Interval.valueOf(interval.toUpperCase(Locale.ROOT));
      TrendQuery t = TrendQuery.of(SearchQuery.text(query).filters(filters.filters()), iv);
      if (split != null) t = t.split(Facet.parse(split));
      TrendResult r = c.index().trends(t);
      if (json) {
        out.println(TerminalText.json(r));
      } else {
        out.println("period\ttotal" + (split == null ? "" : "\t" + String.join("\t", r.series().stream().map(TerminalText::clean).toList())));
        for (TrendResult.Bucket b : r.buckets()) {
          StringBuilder line = new StringBuilder(b.start() + "\t" + b.total());
          if (split != null) for (String s : r.series()) line.append('\t').append(b.count(s));
          out.println(line);
        }
      }
      out.flush();
      return 0;
    } catch (Exception e) {
      return CliErrors.report(spec, common, e);
    }
  }
}
