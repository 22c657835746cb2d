package org.vigie.core.config;

import java.net.URI;

/**
 * Which index backend runs ({@code search:} in {@code vigie-default.yml}).
 *
 * @param backend {@code lucene} (embedded in the data directory, the default) or {@code
 *     elasticsearch}
 * @param elasticsearchUrl the cluster's URL when {@code backend} is {@code elasticsearch}
 * @param apiKey an Elasticsearch API key, or {@code null}
 * @param indexName the alias Vigie writes and reads through
 */
public record SearchConfig(
    String backend, URI elasticsearchUrl, String apiKey, String username, String password, String indexName) {

  public static SearchConfig defaults() {
    return new SearchConfig("lucene", null, null, null, null, "vigie-articles");
  }
}
