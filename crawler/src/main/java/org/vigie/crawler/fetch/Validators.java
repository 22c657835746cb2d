package org.vigie.crawler.fetch;

/**
 * The validators stored from the last fetch of a URL, sent back as {@code If-None-Match} and
 * {@code If-Modified-Since}. Either may be {@code null}.
 */
public record Validators(String etag, String lastModified) {
  public static final Validators NONE = new Validators(null, null);

  public boolean isEmpty() {
    return etag == null && lastModified == null;
  }
}
