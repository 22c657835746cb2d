package org.vigie.crawler.archive;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * One gzip member per WARC record (RFC 1952; what {@code .warc.gz} readers expect, each record
 * seekable on its own), with pooled {@link Deflater}s: a new one per record, as
 * {@code GZIPOutputStream} does, allocates ~300 KB of native zlib state twice per page.
 */
final class GzipMembers {
  private static final byte[] HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff};
  private static final ConcurrentLinkedQueue<Deflater> POOL = new ConcurrentLinkedQueue<>();
  /** Deflaters kept for reuse; about the number of hosts fetched at once. */
  private static final int MAX_POOLED = 64;

  private GzipMembers() {}

  static byte[] compress(byte[] data) {
    Deflater deflater = POOL.poll();
    if (deflater == null) deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    try {
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 3 + 64);
      out.write(HEADER, 0, HEADER.length);
      byte[] buf = new byte[8192];
      while (!deflater.finished()) {
        int n = deflater.deflate(buf);
        out.write(buf, 0, n);
      }
      CRC32 crc = new CRC32();
      crc.update(data);
      writeIntLe(out, (int) crc.getValue());
      writeIntLe(out, data.length);
      return out.toByteArray();
    } finally {
      deflater.reset();
      if (POOL.size() < MAX_POOLED) POOL.offer(deflater);
      else deflater.end();
    }
  }

  private static void writeIntLe(ByteArrayOutputStream out, int v) {
    out.write(v);
    out.write(v >>> 8);
    out.write(v >>> 16);
    out.write(v >>> 24);
  }
}
