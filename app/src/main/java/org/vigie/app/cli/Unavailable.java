package org.vigie.app.cli;

import picocli.CommandLine.Model.CommandSpec;

/** What a subcommand whose issue is not done yet does: one line on stderr, a non-zero exit. */
final class Unavailable {
  /** The exit code of a command that exists in the CLI but not yet in the product. */
  static final int EXIT_CODE = 3;

  private Unavailable() {}

  static int say(CommandSpec spec, String what) {
    spec.commandLine()
        .getErr()
        .println(spec.qualifiedName() + ": not available yet (" + what + ")");
    return EXIT_CODE;
  }
}
