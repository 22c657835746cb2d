package org.vigie.crawler.fetch;

import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A request and its response as they went over the wire, kept only to be archived in WARC.
 *
 * @param responseBody the body bytes as received (still content-encoded, e.g. gzip)
 */
public record RawExchange(
    String method,
    java.net.URI uri,
    Map<String, List<String>> requestHeaders,
    int status,
    Map<String, List<String>> responseHeaders,
    byte[] responseBody,
    InetAddress ipAddress,
    Instant date) {
  public RawExchange {
    requestHeaders = Map.copyOf(requestHeaders);
    responseHeaders = Map.copyOf(responseHeaders);
  }
}
