package org.vigie.crawler.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.vigie.core.WarcLocation;
import org.vigie.crawler.fetch.RawExchange;

/**
 * Appends every response, and the request that asked for it, to gzip WARC files with jwarc, so
 * articles can be re-extracted later without the network and their provenance verified. Files
 * are {@code warc/vigie-<start time>-<n>.warc.gz}, rolled over past {@link #maxFileBytes}.
 * Thread-safe: writers from many host workers are serialised.
 */
public final class WarcArchive implements AutoCloseable {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final Path dir;
  private final long maxFileBytes;
  private final String prefix;
  private int sequence;
  private FileChannel channel;
  private String fileName;

  public WarcArchive(Path dir) {
    this(dir, 1L << 30);
  }

  public WarcArchive(Path dir, long maxFileBytes) {
    this.dir = dir;
    this.maxFileBytes = maxFileBytes;
    this.prefix = "vigie-" + STAMP.format(java.time.Instant.now()) + "-" + ProcessHandle.current().pid();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create WARC directory " + dir, e);
    }
  }

  /**
   * Writes the response then its request; returns where the response record starts. Records are
   * built and compressed on the caller's thread; only the append is serialised, so fifty host
   * workers do not queue behind one another's gzip.
   */
  public WarcLocation archive(RawExchange exchange) throws IOException {
    HttpResponse.Builder http = new HttpResponse.Builder(exchange.status(), reason(exchange.status()))
        .version(MessageVersion.HTTP_1_1);
    String contentType = "application/octet-stream";
    for (Map.Entry<String, List<String>> h : exchange.responseHeaders().entrySet()) {
      String name = h.getKey();
      String lower = name.toLowerCase(Locale.ROOT);
      // The body is stored de-chunked, so framing headers are rewritten by jwarc.
      if (name.startsWith(":") || lower.equals("transfer-encoding") || lower.equals("content-length")) continue;
      if (lower.equals("content-type") && !h.getValue().isEmpty()) {
        contentType = h.getValue().get(0);
        continue;
      }
      for (String v : h.getValue()) http.addHeader(name, v);
    }
    byte[] body = exchange.responseBody() == null ? new byte[0] : exchange.responseBody();
    http.body(safeMediaType(contentType), body);
    WarcResponse.Builder response = new WarcResponse.Builder(exchange.uri()).date(exchange.date()).body(http.build());
    if (exchange.ipAddress() != null) response.ipAddress(exchange.ipAddress());
    WarcResponse record = response.build();

    String target = exchange.uri().getRawPath() == null || exchange.uri().getRawPath().isEmpty() ? "/" : exchange.uri().getRawPath();
    if (exchange.uri().getRawQuery() != null) target += "?" + exchange.uri().getRawQuery();
    HttpRequest.Builder req = new HttpRequest.Builder(exchange.method(), target).version(MessageVersion.HTTP_1_1);
    req.addHeader("Host", exchange.uri().getAuthority());
    exchange.requestHeaders().forEach((k, vs) -> vs.forEach(v -> req.addHeader(k, v)));
    WarcRequest request = new WarcRequest.Builder(exchange.uri()).date(exchange.date())
        .concurrentTo(record.id()).body(req.build()).build();

    byte[] responseBytes = GzipMembers.compress(serialize(record));
    byte[] requestBytes = GzipMembers.compress(serialize(request));
    synchronized (this) {
      if (channel == null || channel.position() > maxFileBytes) roll();
      long offset = channel.position();
      writeFully(ByteBuffer.wrap(responseBytes));
      writeFully(ByteBuffer.wrap(requestBytes));
      return new WarcLocation(fileName, offset, record.id().toString());
    }
  }

  /** The record uncompressed, as jwarc writes it. */
  private static byte[] serialize(org.netpreserve.jwarc.WarcRecord record) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    new WarcWriter(Channels.newChannel(out), WarcCompression.NONE).write(record);
    return out.toByteArray();
  }

  private void writeFully(ByteBuffer b) throws IOException {
    while (b.hasRemaining()) channel.write(b);
  }

  /** The WARC directory, for readers such as reprocessing. */
  public Path directory() {
    return dir;
  }

  private void roll() throws IOException {
    closeCurrent();
    fileName = prefix + "-" + String.format(Locale.ROOT, "%05d", sequence++) + ".warc.gz";
    channel = FileChannel.open(dir.resolve(fileName), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  private void closeCurrent() throws IOException {
    if (channel != null && channel.isOpen()) channel.close();
    channel = null;
  }

  private static MediaType safeMediaType(String value) {
    try {
      return MediaType.parse(value);
    } catch (IllegalArgumentException e) {
      return MediaType.OCTET_STREAM;
    }
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 203 -> "Non-Authoritative Information";
      case 206 -> "Partial Content";
      case 304 -> "Not Modified";
      default -> "";
    };
  }

  @Override
  public synchronized void close() throws IOException {
    closeCurrent();
  }
}
