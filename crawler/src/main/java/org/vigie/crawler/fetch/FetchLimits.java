package org.vigie.crawler.fetch;

import java.time.Duration;
import java.util.Objects;
import org.vigie.core.config.CrawlerConfig;

/**
 * What one response may cost. A hostile or broken server must never hold a worker for long nor
 * fill its memory.
 *
 * @param maxBodyBytes bytes on the wire, and again bytes after content decoding (gzip bombs)
 * @param headersTimeout from sending the request to receiving the response headers
 * @param totalTimeout the whole exchange, body included (servers that trickle bytes)
 */
public record FetchLimits(
    long maxBodyBytes, Duration headersTimeout, Duration totalTimeout, int maxRedirects) {
  public FetchLimits {
    if (maxBodyBytes <= 0) throw new IllegalArgumentException("maxBodyBytes must be positive");
    Objects.requireNonNull(headersTimeout, "headersTimeout");
    Objects.requireNonNull(totalTimeout, "totalTimeout");
    if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects must be >= 0");
  }

  public static FetchLimits of(CrawlerConfig c) {
    return new FetchLimits(c.maxBodyBytes(), c.readTimeout(), c.totalTimeout(), c.maxRedirects());
  }
}
