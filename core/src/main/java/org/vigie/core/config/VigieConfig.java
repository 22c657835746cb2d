package org.vigie.core.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * All of Vigie's settings, parsed once at start from {@code vigie-default.yml}, the user's {@code
 * vigie.yml} and the environment. Each component receives only its own sub-record.
 */
public record VigieConfig(Path dataDir, CrawlerConfig crawler, SearchConfig search, HttpConfig http) {
  public VigieConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    crawler = crawler == null ? CrawlerConfig.defaults() : crawler;
    search = search == null ? SearchConfig.defaults() : search;
    http = http == null ? HttpConfig.defaults() : http;
  }

  public static VigieConfig defaults(Path dataDir) {
    return new VigieConfig(dataDir, null, null, null);
  }

  public VigieConfig withDataDir(Path dir) {
    return new VigieConfig(dir, crawler, search, http);
  }
}
