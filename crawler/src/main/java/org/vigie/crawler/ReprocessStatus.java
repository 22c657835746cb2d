package org.vigie.crawler;

import java.time.Duration;
import java.util.Locale;

/**
 * A snapshot of a running reprocess.
 *
 * @param total archived article responses to read
 * @param read responses read so far (delivered, skipped as duplicates, or damaged)
 * @param damaged records that could not be read back
 */
public record ReprocessStatus(long total, long read, long damaged, Duration elapsed) {
  public String line() {
    double secs = Math.max(1e-3, elapsed.toNanos() / 1e9);
    return String.format(Locale.ROOT, "reprocess: %d/%d archived pages read, %d damaged, %.1f pages/s", read, total,
        damaged, read / secs);
  }
}
