package org.vigie.crawler.discover;

/** A feed, sitemap or section page that could not be read; the message says why, for the log. */
public final class DiscoveryException extends Exception {
  public DiscoveryException(String message, Throwable cause) {
    super(message, cause);
  }

  public DiscoveryException(String message) {
    super(message);
  }
}
