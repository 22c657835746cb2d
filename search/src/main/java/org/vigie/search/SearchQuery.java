package org.vigie.search;

/**
 * What an analyst asks: free text for now; filters, facets, sort and pagination are added by the
 * search issue.
 */
public record SearchQuery(String text, int limit) {
  public SearchQuery {
    text = text == null ? "" : text;
    if (limit <= 0) throw new IllegalArgumentException("limit must be positive");
  }

  public static SearchQuery text(String text) {
    return new SearchQuery(text, 10);
  }

  public SearchQuery limit(int n) {
    return new SearchQuery(text, n);
  }
}
