package org.vigie.crawler.extract;

import java.util.List;

/**
 * What a page's JSON-LD says about its article (schema.org {@code NewsArticle} and kin). Every
 * field may be {@code null}: publishers fill them unevenly.
 *
 * @param rank how article-like the chosen node is: 3 for {@code NewsArticle} and its subtypes, 2
 *     for {@code Article}/{@code BlogPosting}, 1 for a {@code WebPage}, 0 when none was found
 */
record JsonLdArticle(
    int rank,
    String headline,
    String description,
    List<String> authors,
    String datePublished,
    String dateModified,
    String section,
    String body,
    String language,
    String url) {

  static final JsonLdArticle NONE =
      new JsonLdArticle(0, null, null, List.of(), null, null, null, null, null, null);

  JsonLdArticle {
    authors = List.copyOf(authors == null ? List.of() : authors);
  }
}
