package org.vigie.crawler.fetch;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Objects;

/** The outcome of fetching one URL. Callers switch over it exhaustively. */
public sealed interface FetchResult {

  URI url();

  /**
   * A 2xx response with an accepted content type, within the size limits.
   *
   * @param url the URL that answered, after redirects
   * @param body the decoded (de-gzipped) body
   * @param rawHttp the HTTP response as received, status line, headers and body, for the archive
   */
  record Fetched(
      URI url,
      int status,
      String contentType,
      Charset charset,
      byte[] body,
      String etag,
      String lastModified,
      RawExchange rawHttp)
      implements FetchResult {
    public Fetched {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(charset, "charset");
      Objects.requireNonNull(body, "body");
    }
  }

  /** A 304 answer to a conditional GET: what we stored is still current. */
  record NotModified(URI url, RawExchange rawHttp) implements FetchResult {}

  /** One 3xx hop; {@link PoliteFetcher} follows it within the redirect limit. */
  record Redirected(URI url, int status, URI location) implements FetchResult {}

  /** Not fetched on purpose: robots.txt, the SSRF guard, or a media URL. */
  record Blocked(URI url, BlockReason reason, String detail) implements FetchResult {}

  /**
   * Fetched but unusable, or not fetched because of an error.
   *
   * @param status the HTTP status, or 0 when no response came
   * @param retryAfter how long the server asked us to wait (429/503), or {@code null}
   */
  record Failed(URI url, FailureKind kind, int status, String reason, Duration retryAfter)
      implements FetchResult {
    public Failed {
      Objects.requireNonNull(kind, "kind");
      reason = reason == null ? kind.name() : reason;
    }

    /** Whether trying again later may succeed. */
    public boolean retryable() {
      return switch (kind) {
        case TIMEOUT, CONNECTION -> true;
        case HTTP_STATUS -> status == 429 || status == 408 || status >= 500;
        default -> false;
      };
    }
  }

  enum BlockReason {
    ROBOTS,
    PRIVATE_ADDRESS,
    MEDIA_URL,
    UNSUPPORTED_SCHEME
  }

  enum FailureKind {
    HTTP_STATUS,
    TIMEOUT,
    CONNECTION,
    TOO_LARGE,
    CONTENT_TYPE,
    REDIRECTS,
    DECODING,
    DNS
  }
}
