package org.vigie.crawler.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Undoes {@code Content-Encoding} (and the gzip of {@code .xml.gz} sitemaps) with a cap on the
 * output, so a small gzip bomb cannot expand into gigabytes.
 */
public final class ContentDecoder {

  /** The decoded body would pass the limit. */
  public static final class DecodedTooLargeException extends IOException {
    DecodedTooLargeException(long limit) {
      super("decompressed body exceeds " + limit + " bytes");
    }
  }

  private ContentDecoder() {}

  /** Decodes by the {@code Content-Encoding} header value ({@code null} or identity: as is). */
  public static byte[] decode(String contentEncoding, byte[] body, long limit) throws IOException {
    if (contentEncoding == null) return body;
    String enc = contentEncoding.strip().toLowerCase(Locale.ROOT);
    return switch (enc) {
      case "", "identity" -> body;
      case "gzip", "x-gzip" -> inflate(new GZIPInputStream(new ByteArrayInputStream(body)), limit);
      case "deflate" -> inflate(new InflaterInputStream(new ByteArrayInputStream(body)), limit);
      default -> throw new IOException("unsupported content encoding " + enc);
    };
  }

  /** Whether the bytes start with the gzip magic number. */
  public static boolean looksGzipped(byte[] body) {
    return body.length > 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
  }

  public static byte[] gunzip(byte[] body, long limit) throws IOException {
    return inflate(new GZIPInputStream(new ByteArrayInputStream(body)), limit);
  }

  private static byte[] inflate(InputStream in, long limit) throws IOException {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[16 * 1024];
      int n;
      while ((n = in.read(buf)) > 0) {
        if (out.size() + (long) n > limit) throw new DecodedTooLargeException(limit);
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    }
  }
}
