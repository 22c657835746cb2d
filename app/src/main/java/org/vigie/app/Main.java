package org.vigie.app;

import org.vigie.app.cli.VigieCommand;

/** The {@code vigie} command's entry point. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(VigieCommand.execute(args));
  }
}
