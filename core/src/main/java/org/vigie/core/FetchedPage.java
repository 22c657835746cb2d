package org.vigie.core;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A successfully fetched HTML page, as the crawler hands it to extraction.
 *
 * @param requestedUrl the URL that was asked for (after normalisation)
 * @param url the URL that answered, after redirects
 * @param sourceId the {@link Source#id()} that led to this page
 * @param contentType the media type without parameters, e.g. {@code text/html}
 * @param charset the charset the crawler resolved from header, BOM, {@code <meta>} or detection;
 *     {@link #text()} decodes with it
 * @param body the raw bytes as received (after content decoding), bounded by the crawler's limits
 * @param etag validator for the next conditional GET, or {@code null}
 * @param lastModified validator for the next conditional GET, or {@code null}
 * @param warc where the raw response was archived, or {@code null} when not archived
 */
public record FetchedPage(
    URI requestedUrl,
    URI url,
    String sourceId,
    int status,
    String contentType,
    Charset charset,
    byte[] body,
    Instant fetchedAt,
    String etag,
    String lastModified,
    WarcLocation warc) {

  public FetchedPage {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    requestedUrl = requestedUrl == null ? url : requestedUrl;
    charset = charset == null ? StandardCharsets.UTF_8 : charset;
    body = body == null ? new byte[0] : body.clone();
  }

  /** A copy: records are immutable, arrays are not. */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /** The body decoded with {@link #charset()}. */
  public String text() {
    return new String(body, charset);
  }

  public FetchedPage withWarc(WarcLocation location) {
    return new FetchedPage(
        requestedUrl, url, sourceId, status, contentType, charset, body, fetchedAt, etag,
        lastModified, location);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FetchedPage p
        && status == p.status
        && requestedUrl.equals(p.requestedUrl)
        && url.equals(p.url)
        && Objects.equals(sourceId, p.sourceId)
        && Objects.equals(contentType, p.contentType)
        && charset.equals(p.charset)
        && Arrays.equals(body, p.body)
        && fetchedAt.equals(p.fetchedAt)
        && Objects.equals(etag, p.etag)
        && Objects.equals(lastModified, p.lastModified)
        && Objects.equals(warc, p.warc);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, fetchedAt, Arrays.hashCode(body));
  }

  @Override
  public String toString() {
    return "FetchedPage[" + status + " " + url + ", " + body.length + " bytes]";
  }
}
