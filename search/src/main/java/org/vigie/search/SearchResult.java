package org.vigie.search;

import java.util.List;

/** One page of hits and the total number of matches. */
public record SearchResult(long total, List<Hit> hits) {
  public SearchResult {
    hits = List.copyOf(hits);
  }

  /** One matching article, with what a result list shows. */
  public record Hit(String articleId, String title, String sourceId, String language, double score) {}
}
