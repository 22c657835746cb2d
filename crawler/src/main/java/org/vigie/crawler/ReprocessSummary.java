package org.vigie.crawler;

import java.time.Duration;
import java.util.Objects;

/**
 * What one {@link Crawler#reprocess} did.
 *
 * @param archived article responses found in the fetch log (latest per URL)
 * @param delivered pages handed to the sink
 * @param duplicates pages skipped because their canonical URL belongs to another URL
 * @param damaged records that could not be read back (logged with file and offset)
 */
public record ReprocessSummary(long archived, long delivered, long duplicates, long damaged, Duration elapsed) {
  public ReprocessSummary {
    Objects.requireNonNull(elapsed, "elapsed");
  }
}
