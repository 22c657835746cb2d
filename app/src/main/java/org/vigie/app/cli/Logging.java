package org.vigie.app.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** The CLI's log level: warnings by default (the console is for results), debug with --verbose. */
final class Logging {
  private Logging() {}

  static void configure(boolean verbose) {
    if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
      root.setLevel(verbose ? Level.DEBUG : Level.WARN);
      if (LoggerFactory.getLogger("org.vigie") instanceof Logger vigie) {
        vigie.setLevel(verbose ? Level.DEBUG : Level.INFO);
      }
    }
  }
}
