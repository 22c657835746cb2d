package org.vigie.crawler.discover;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A candidate article URL found by discovery, already normalised.
 *
 * @param modifiedHint when the feed or sitemap says the article last changed, or {@code null}; a
 *     hint newer than our last fetch puts the URL back in the frontier
 */
public record Discovered(URI url, Instant modifiedHint) {
  public Discovered {
    Objects.requireNonNull(url, "url");
  }
}
