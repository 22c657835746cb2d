package org.vigie.crawler.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads a saved page from disk for extraction outside a crawl ({@code vigie extract}, the
 * evaluations): gunzips {@code .gz} files and decodes by byte-order mark, then by the {@code
 * <meta charset>} of the first bytes, else UTF-8 — what a browser does with a local file. In a
 * crawl the fetcher has already resolved the charset ({@link org.vigie.core.FetchedPage#charset()}).
 */
public final class HtmlFiles {
  private static final int SNIFF_BYTES = 4096;

  private HtmlFiles() {}

  /**
   * @param maxBytes files larger than this (after decompression) are read up to this size only,
   *     so that a stray 2 GB file cannot exhaust the heap
   */
  public static String read(Path file, int maxBytes) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      return decode(in.readNBytes(maxBytes));
    }
  }

  public static String decode(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    return new String(bytes, declaredCharset(bytes));
  }

  /** The charset named in the first bytes' {@code <meta>}, or UTF-8. */
  static Charset declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    int at = head.indexOf("charset=");
    while (at >= 0) {
      int start = at + "charset=".length();
      while (start < head.length() && (head.charAt(start) == '"' || head.charAt(start) == '\'' || head.charAt(start) == ' ')) {
        start++;
      }
      int end = start;
      while (end < head.length() && (Character.isLetterOrDigit(head.charAt(end)) || head.charAt(end) == '-' || head.charAt(end) == '_' || head.charAt(end) == ':')) {
        end++;
      }
      // Only a charset inside a <meta>: "charset=" also appears in scripts and URLs.
      int tag = head.lastIndexOf('<', at);
      if (end > start && tag >= 0 && head.startsWith("<meta", tag)) {
        try {
          return Charset.forName(head.substring(start, end));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return StandardCharsets.UTF_8;
        }
      }
      at = head.indexOf("charset=", at + 1);
    }
    return StandardCharsets.UTF_8;
  }
}
