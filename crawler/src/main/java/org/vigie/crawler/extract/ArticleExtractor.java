package org.vigie.crawler.extract;

import org.vigie.core.Article;
import org.vigie.core.FetchedPage;

/**
 * Turns a fetched HTML page into an {@link Article}: metadata, and the main text without
 * boilerplate. Hostile input never throws: an empty or non-HTML page comes back as an article
 * whose {@link Article#status()} says so.
 */
public interface ArticleExtractor {
  Article extract(FetchedPage page);
}
