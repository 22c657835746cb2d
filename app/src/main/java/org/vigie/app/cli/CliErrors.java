package org.vigie.app.cli;

import org.vigie.search.InvalidQueryException;
import picocli.CommandLine.Model.CommandSpec;

/** One clear line on stderr for the search commands; the stack trace only with --verbose. */
final class CliErrors {
  private CliErrors() {}

  static int report(CommandSpec spec, CommonOptions common, Exception e) {
    var err = spec.commandLine().getErr();
    String what = e instanceof InvalidQueryException ? "invalid query: " : "";
    err.println(spec.qualifiedName() + ": " + what + (e.getMessage() == null ? e.toString() : e.getMessage()));
    if (common.verbose()) e.printStackTrace(err);
    err.flush();
    return e instanceof IllegalArgumentException ? 2 : 1;
  }
}
