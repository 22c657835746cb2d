package org.vigie.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every subcommand takes (DESIGN §7). */
public final class CommonOptions {
  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Data directory: index, database, WARC archive (default: ${DEFAULT-VALUE}, or $VIGIE_DATA_DIR).",
      defaultValue = "${env:VIGIE_DATA_DIR:-./vigie-data}")
  Path dataDir;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Settings file overriding vigie-default.yml (default: ./vigie.yml when it exists).")
  Path config;

  @Option(names = "--verbose", description = "Debug logging, and stack traces with errors.")
  boolean verbose;

  public Path dataDir() {
    return dataDir;
  }

  public Path config() {
    return config;
  }

  public boolean verbose() {
    return verbose;
  }
}
