package org.vigie.core;

import java.util.Objects;

/**
 * Where a response is archived: the WARC file (relative to the data directory's {@code warc/}
 * folder), the byte offset of its record, and the record id. Researchers use it to verify that
 * an annotation came from exactly those bytes.
 */
public record WarcLocation(String file, long offset, String recordId) {
  public WarcLocation {
    Objects.requireNonNull(file, "file");
    if (offset < 0) throw new IllegalArgumentException("negative WARC offset");
  }
}
