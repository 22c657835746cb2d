package org.vigie.app.pipeline;

import java.io.PrintWriter;
import java.util.function.LongSupplier;
import org.vigie.crawler.CrawlProgress;
import org.vigie.crawler.CrawlStatus;

/**
 * The live progress line of a crawl on stderr: rewritten in place on a terminal, one line every
 * few seconds otherwise (CI logs, pipes), so long work is never silent.
 */
public final class ConsoleProgress implements CrawlProgress {
  private static final long PLAIN_EVERY_MILLIS = 5_000;

  private final PrintWriter err;
  private final boolean terminal;
  private final LongSupplier indexed;
  private long lastPlain;
  private int lastWidth;

  /** @param indexed how many articles the pipeline has indexed so far */
  public ConsoleProgress(PrintWriter err, boolean terminal, LongSupplier indexed) {
    this.err = err;
    this.terminal = terminal;
    this.indexed = indexed;
  }

  @Override
  public synchronized void update(CrawlStatus s) {
    String line =
        String.format(
            "crawl: %d fetched, %d indexed, %d queued, %d failed, %d hosts active, %.1f pages/s",
            s.fetched(), indexed.getAsLong(), s.queued(), s.failed(), s.hostsActive(), s.pagesPerSecond());
    if (terminal) {
      err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
      lastWidth = line.length();
      err.flush();
    } else {
      long now = System.currentTimeMillis();
      if (now - lastPlain >= PLAIN_EVERY_MILLIS) {
        err.println(line);
        lastPlain = now;
      }
    }
  }

  /** Ends the progress line so the summary starts on a fresh one. */
  public synchronized void finish() {
    if (terminal && lastWidth > 0) err.println();
    err.flush();
  }
}
