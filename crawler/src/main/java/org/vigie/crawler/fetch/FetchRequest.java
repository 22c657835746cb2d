package org.vigie.crawler.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One URL to fetch and the rules that apply to it.
 *
 * @param allowPrivateNetwork lets this request reach loopback or private addresses (demo and test
 *     servers); off for real outlets
 * @param minDelay the least pause between two requests to the URL's host; robots.txt
 *     {@code Crawl-delay} can only lengthen it; counted from one request's start to the next's
 * @param maxConnections requests to the URL's host allowed in flight at once (the source's
 *     {@code max-connections}); 1 unless a source asks for more
 */
public record FetchRequest(
    URI url,
    DocumentKind kind,
    String sourceId,
    boolean allowPrivateNetwork,
    Duration minDelay,
    String userAgent,
    Validators validators,
    int maxConnections) {
  public FetchRequest {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(minDelay, "minDelay");
    Objects.requireNonNull(userAgent, "userAgent");
    validators = validators == null ? Validators.NONE : validators;
    if (maxConnections < 1) throw new IllegalArgumentException("maxConnections must be >= 1: " + maxConnections);
  }

  /** One connection to the host, the default. */
  public FetchRequest(URI url, DocumentKind kind, String sourceId, boolean allowPrivateNetwork, Duration minDelay,
      String userAgent, Validators validators) {
    this(url, kind, sourceId, allowPrivateNetwork, minDelay, userAgent, validators, 1);
  }
}
