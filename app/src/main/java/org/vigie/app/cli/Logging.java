package org.vigie.app.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CLI's log levels: warnings by default (the console is for results; a page that fails is a
 * warning with its URL and reason), Vigie's own debug logs with --verbose.
 */
final class Logging {
  // Held here because java.util.logging keeps loggers weakly: a level set on a dropped one is lost.
  private static final java.util.logging.Logger LUCENE_VECTORIZATION =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  private Logging() {}

  static void configure(boolean verbose) {
    // Lucene reports through java.util.logging that the JVM was not started with the incubating
    // vector module; that is a tuning hint for operators, not something a user can act on here.
    LUCENE_VECTORIZATION.setLevel(java.util.logging.Level.SEVERE);
    if (verbose && LoggerFactory.getLogger("org.vigie") instanceof Logger vigie) {
      vigie.setLevel(Level.DEBUG);
    }
  }
}
