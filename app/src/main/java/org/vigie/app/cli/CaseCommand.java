package org.vigie.app.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigie.app.Components;
import org.vigie.search.query.CaseFile;
import org.vigie.search.query.CaseFileBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie case}: the dated chain of regulatory actions across all coverage. */
@Command(name = "case", mixinStandardHelpOptions = true, description = "The dated chain of regulatory actions about an entity or a query.")
public final class CaseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin SearchFilterOptions filters;

  @Parameters(paramLabel = "ENTITY_OR_QUERY", description = "An entity id or name, or a query.")
  String target;

  @Option(names = "--json", description = "Machine-readable output.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Components c = new Components(common.settings(), Map.of())) {
      CaseFile cf = new CaseFileBuilder(c.index(), c.kb()).build(target, filters.filters());
      if (json) {
        out.println(TerminalText.json(cf));
      } else {
        out.printf("%s: %d action(s) in %d article(s)%n", TerminalText.clean(cf.subject()), cf.entries().size(), cf.articles());
        for (CaseFile.Entry e : cf.entries()) {
          out.printf("%s  %-20s %s  %s -> %s%s%s  first seen %s  sources %s%n",
              e.date() == null ? "(undated)  " : e.date(), e.type(), e.statuses(), nz(e.actorId()), nz(e.targetId()),
              e.lawId() == null ? "" : " under " + e.lawId(),
              e.amount() == null ? "" : " " + e.amount().toPlainString() + " " + nz(e.currency()),
              e.firstSeen(), TerminalText.clean(String.valueOf(e.outlets())));
        }
      }
      out.flush();
      return 0;
    } catch (Exception e) {
      return CliErrors.report(spec, common, e);
    }
  }

  private static String nz(String s) {
    return s == null ? "?" : TerminalText.clean(s);
  }
}
