package org.vigie.search;

import java.time.Instant;
import java.util.Objects;

/**
 * What an index holds, for {@code vigie} status lines and dataset cards.
 *
 * @param backend {@code lucene} or {@code elasticsearch}
 * @param location the directory or the cluster URL and alias
 * @param sizeBytes bytes on disk (primary shards for Elasticsearch)
 * @param newestPublished publication time of the newest article, or {@code null} when empty
 * @param mappingVersion the field layout's version; a new one means a rebuild
 */
public record IndexStats(String backend, String location, long documents, long sizeBytes, Instant newestPublished, int mappingVersion) {
  public IndexStats {
    Objects.requireNonNull(backend, "backend");
    Objects.requireNonNull(location, "location");
  }
}
