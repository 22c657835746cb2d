package org.vigie.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.vigie.app.config.ConfigLoader;
import org.vigie.core.config.VigieConfig;
import picocli.CommandLine.Option;

/** Options every subcommand takes (DESIGN §7). */
public final class CommonOptions {
  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Data directory: index, database, WARC archive (default: dataDir in the settings, ./vigie-data).")
  Path dataDir;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Settings file overriding vigie-default.yml (default: ./vigie.yml when it exists).")
  Path config;

  @Option(names = "--verbose", description = "Debug logging, and stack traces with errors.")
  boolean verbose;

  /**
   * The settings in force: defaults, then {@code --config} (or ./vigie.yml when present), then
   * {@code VIGIE_*} variables, then {@code --data-dir}.
   */
  public VigieConfig settings() {
    Path file = config;
    if (file == null && Files.isRegularFile(Path.of("vigie.yml"))) file = Path.of("vigie.yml");
    return new ConfigLoader(System.getenv()).load(file, dataDir);
  }

  public Path config() {
    return config;
  }

  public boolean verbose() {
    return verbose;
  }
}
