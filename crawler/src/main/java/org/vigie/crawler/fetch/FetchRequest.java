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
 *     {@code Crawl-delay} can only lengthen it
 */
public record FetchRequest(
    URI url,
    DocumentKind kind,
    String sourceId,
    boolean allowPrivateNetwork,
    Duration minDelay,
    String userAgent,
    Validators validators) {
  public FetchRequest {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(minDelay, "minDelay");
    Objects.requireNonNull(userAgent, "userAgent");
    validators = validators == null ? Validators.NONE : validators;
  }
}
