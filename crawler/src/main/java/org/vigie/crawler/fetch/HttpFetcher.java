package org.vigie.crawler.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.vigie.crawler.fetch.FetchResult.Failed;
import org.vigie.crawler.fetch.FetchResult.FailureKind;

/**
 * One HTTP exchange, no politeness, no redirects followed: {@link PoliteFetcher} adds those. Reads
 * the body only for 2xx answers of an accepted content type, within {@link FetchLimits}.
 */
public final class HttpFetcher {

  private static final String MEDIA_REFUSED = "media refused";

  /** robots.txt past 500 KiB is ignored, as Google documents for its crawler. */
  static final int MAX_ROBOTS_BYTES = 500 * 1024;

  private final HttpClient client;
  private final FetchLimits limits;

  public HttpFetcher(HttpClient client, FetchLimits limits) {
    this.client = client;
    this.limits = limits;
  }

  /** Builds the client the crawler uses: no redirects (we count them), HTTP/1.1. */
  public static HttpClient newClient(Duration connectTimeout) {
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(connectTimeout)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  public FetchResult exchange(URI uri, DocumentKind kind, String userAgent, Validators validators)
      throws InterruptedException {
    return exchange(uri, kind, userAgent, validators, () -> {});
  }

  /**
   * @param onHeaders run on the client's I/O thread as soon as the answer's headers arrive, before
   *     the body: the moment the server is known to have received the request (the host gate
   *     counts the next request's delay from it)
   */
  public FetchResult exchange(URI uri, DocumentKind kind, String userAgent, Validators validators, Runnable onHeaders)
      throws InterruptedException {
    Map<String, List<String>> requestHeaders = new LinkedHashMap<>();
    requestHeaders.put("User-Agent", List.of(userAgent));
    requestHeaders.put("Accept", List.of(kind.acceptHeader()));
    requestHeaders.put("Accept-Encoding", List.of("gzip"));
    requestHeaders.put("Accept-Language", List.of("fr,en;q=0.8"));
    if (validators.etag() != null) requestHeaders.put("If-None-Match", List.of(validators.etag()));
    if (validators.lastModified() != null)
      requestHeaders.put("If-Modified-Since", List.of(validators.lastModified()));
    HttpRequest.Builder rb = HttpRequest.newBuilder(uri).GET().timeout(limits.headersTimeout());
    requestHeaders.forEach((k, v) -> rb.header(k, v.get(0)));

    HttpResponse.BodyHandler<byte[]> handler =
        info -> {
          onHeaders.run();
          if (info.statusCode() / 100 != 2) return LimitedBodySubscriber.discarding();
          String type = mediaType(info.headers());
          if (isMedia(type) || !kind.accepts(type))
            return LimitedBodySubscriber.failing(new IOException(MEDIA_REFUSED + ": " + type));
          long declared = kind == DocumentKind.ROBOTS ? -1 : info.headers().firstValueAsLong("content-length").orElse(-1);
          if (declared > limits.maxBodyBytes())
            return LimitedBodySubscriber.failing(
                new LimitedBodySubscriber.BodyTooLargeException(
                    "Content-Length " + declared + " exceeds " + limits.maxBodyBytes()));
          if (kind == DocumentKind.ROBOTS) return new LimitedBodySubscriber(MAX_ROBOTS_BYTES, true);
          return new LimitedBodySubscriber(limits.maxBodyBytes());
        };

    Instant started = Instant.now();
    CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(rb.build(), handler);
    HttpResponse<byte[]> response;
    try {
      response = future.get(limits.totalTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return new Failed(uri, FailureKind.TIMEOUT, 0, "no complete response within " + limits.totalTimeout(), null);
    } catch (InterruptedException e) {
      future.cancel(true);
      throw e;
    } catch (CancellationException e) {
      return new Failed(uri, FailureKind.CONNECTION, 0, "cancelled", null);
    } catch (ExecutionException e) {
      return failure(uri, e.getCause());
    }
    return interpret(uri, kind, requestHeaders, response, started);
  }

  private FetchResult interpret(
      URI uri, DocumentKind kind, Map<String, List<String>> requestHeaders,
      HttpResponse<byte[]> response, Instant started) {
    int status = response.statusCode();
    HttpHeaders h = response.headers();
    RawExchange raw =
        new RawExchange("GET", uri, requestHeaders, status, h.map(), response.body(), null, started);
    if (status == 304) return new FetchResult.NotModified(uri, raw);
    if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
      var location = h.firstValue("location");
      if (location.isEmpty())
        return new Failed(uri, FailureKind.REDIRECTS, status, "redirect without Location", null);
      try {
        return new FetchResult.Redirected(uri, status, uri.resolve(location.get().strip()));
      } catch (IllegalArgumentException e) {
        return new Failed(uri, FailureKind.REDIRECTS, status, "bad Location " + location.get(), null);
      }
    }
    if (status / 100 != 2) {
      Duration retryAfter =
          (status == 429 || status == 503) ? h.firstValue("retry-after").map(HttpFetcher::retryAfter).orElse(null) : null;
      return new Failed(uri, FailureKind.HTTP_STATUS, status, "HTTP " + status, retryAfter);
    }
    byte[] body;
    try {
      body = ContentDecoder.decode(h.firstValue("content-encoding").orElse(null), response.body(), limits.maxBodyBytes());
    } catch (ContentDecoder.DecodedTooLargeException e) {
      return new Failed(uri, FailureKind.TOO_LARGE, status, e.getMessage(), null);
    } catch (IOException e) {
      return new Failed(uri, FailureKind.DECODING, status, "cannot decode body: " + e.getMessage(), null);
    }
    String contentType = h.firstValue("content-type").orElse(null);
    String type = mediaType(h);
    return new FetchResult.Fetched(
        uri,
        status,
        type,
        CharsetResolver.resolve(CharsetResolver.charsetParameter(contentType), body),
        body,
        h.firstValue("etag").orElse(null),
        h.firstValue("last-modified").orElse(null),
        raw);
  }

  private static Failed failure(URI uri, Throwable cause) {
    if (cause instanceof LimitedBodySubscriber.BodyTooLargeException)
      return new Failed(uri, FailureKind.TOO_LARGE, 200, cause.getMessage(), null);
    if (cause instanceof IOException io && io.getMessage() != null && io.getMessage().startsWith(MEDIA_REFUSED))
      return new Failed(uri, FailureKind.CONTENT_TYPE, 200, io.getMessage(), null);
    if (cause instanceof HttpConnectTimeoutException)
      return new Failed(uri, FailureKind.TIMEOUT, 0, "connect timeout", null);
    if (cause instanceof HttpTimeoutException)
      return new Failed(uri, FailureKind.TIMEOUT, 0, "no response headers in time", null);
    if (cause instanceof UnknownHostException)
      return new Failed(uri, FailureKind.DNS, 0, "unknown host " + uri.getHost(), null);
    if (cause instanceof ConnectException)
      return new Failed(uri, FailureKind.CONNECTION, 0, "connection refused", null);
    String msg = cause == null ? "unknown error" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    return new Failed(uri, FailureKind.CONNECTION, 0, msg, null);
  }

  /** The media type without parameters, lower case; empty when absent. */
  static String mediaType(HttpHeaders h) {
    String ct = h.firstValue("content-type").orElse("");
    int semi = ct.indexOf(';');
    return (semi < 0 ? ct : ct.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  /** Images, video, audio and fonts are never read, whatever the document kind. */
  static boolean isMedia(String mediaType) {
    return mediaType.startsWith("image/") || mediaType.startsWith("video/")
        || mediaType.startsWith("audio/") || mediaType.startsWith("font/")
        || mediaType.equals("application/pdf") || mediaType.equals("application/zip");
  }

  /** {@code Retry-After} as seconds or an HTTP date; null when unreadable. */
  static Duration retryAfter(String value) {
    String v = value.strip();
    try {
      long s = Long.parseLong(v);
      return Duration.ofSeconds(Math.max(0, s));
    } catch (NumberFormatException e) {
      try {
        Duration d = Duration.between(Instant.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }
}
