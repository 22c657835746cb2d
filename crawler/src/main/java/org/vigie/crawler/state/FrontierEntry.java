package org.vigie.crawler.state;

import java.net.URI;
import java.util.Objects;

/**
 * One frontier row: a URL to fetch, the source that found it, and what we stored from its last
 * fetch (validators for a conditional GET, the hash of the body to tell a real change).
 */
public record FrontierEntry(
    URI url, String sourceId, String etag, String lastModified, String contentHash, int attempts) {
  public FrontierEntry {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(sourceId, "sourceId");
  }
}
