package org.vigie.crawler.archive;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.vigie.core.FetchedPage;
import org.vigie.core.WarcLocation;
import org.vigie.crawler.fetch.CharsetResolver;
import org.vigie.crawler.fetch.ContentDecoder;

/**
 * Reads one archived response back as the {@link FetchedPage} the crawler delivered when it
 * fetched it: same final URL, status, media type, charset (resolved again from the stored header
 * and bytes) and decoded body. Keeps the last WARC file open, since reprocessing reads records in
 * file order. Not thread-safe.
 */
public final class ArchivedResponseReader implements AutoCloseable {

  /** Thrown for a record that cannot be read: missing file, bad offset, truncated or not a response. */
  public static final class DamagedRecordException extends Exception {
    DamagedRecordException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final Path dir;
  private final long maxBodyBytes;
  private String openFile;
  private WarcReader reader;

  /**
   * @param dir the WARC directory ({@code <dataDir>/warc})
   * @param maxBodyBytes the decompression cap, as for a live fetch
   */
  public ArchivedResponseReader(Path dir, long maxBodyBytes) {
    this.dir = dir;
    this.maxBodyBytes = maxBodyBytes;
  }

  /**
   * @param requestedUrl the URL the crawler asked for (the record holds the final one)
   * @param sourceId the source that led to the page
   */
  public FetchedPage read(WarcLocation at, URI requestedUrl, String sourceId) throws DamagedRecordException {
    try {
      WarcReader r = readerFor(at.file());
      r.position(at.offset());
      Optional<WarcRecord> next = r.next();
      if (next.isEmpty()) throw new DamagedRecordException("no record at offset " + at.offset(), null);
      if (!(next.get() instanceof WarcResponse response))
        throw new DamagedRecordException("record at offset " + at.offset() + " is a " + next.get().type(), null);
      if (!response.id().toString().equals(at.recordId()))
        throw new DamagedRecordException("record id " + response.id() + " where the log says " + at.recordId(), null);
      HttpResponse http = response.http();
      byte[] raw = http.body().stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
      String encoding = http.headers().first("Content-Encoding").orElse(null);
      byte[] body = ContentDecoder.decode(encoding, raw, maxBodyBytes);
      String contentType = http.headers().first("Content-Type").orElse(null);
      return new FetchedPage(requestedUrl, URI.create(response.target()), sourceId, http.status(),
          mediaType(contentType), CharsetResolver.resolve(CharsetResolver.charsetParameter(contentType), body), body,
          response.date(), http.headers().first("ETag").orElse(null),
          http.headers().first("Last-Modified").orElse(null), at);
    } catch (IOException | RuntimeException e) {
      // A truncated gzip member or a garbled header must not end the whole reprocessing run.
      closeReader();
      throw new DamagedRecordException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  private WarcReader readerFor(String file) throws IOException, DamagedRecordException {
    if (file.equals(openFile) && reader != null) return reader;
    closeReader();
    Path path = dir.resolve(file).normalize();
    if (!path.startsWith(dir.normalize()) || !Files.isRegularFile(path))
      throw new DamagedRecordException("no WARC file " + file, null);
    reader = new WarcReader(path);
    openFile = file;
    return reader;
  }

  private static String mediaType(String contentType) {
    if (contentType == null) return "";
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  private void closeReader() {
    if (reader != null) {
      try {
        reader.close();
      } catch (IOException ignored) {
        // reading only; nothing to lose
      }
    }
    reader = null;
    openFile = null;
  }

  @Override
  public void close() {
    closeReader();
  }
}
