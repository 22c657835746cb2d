package org.vigie.crawler;

import org.vigie.core.FetchedPage;

/**
 * Receives each newly fetched or changed article page (2xx HTML), already archived ({@link
 * FetchedPage#warc()} set). Never feeds, sitemaps, section pages or robots.txt; never a page
 * answered 304. Called from crawler worker threads, possibly concurrently: implementations must be
 * thread-safe. An exception thrown here is logged and the crawl goes on.
 */
@FunctionalInterface
public interface PageSink {
  void accept(FetchedPage page);

  PageSink NONE = page -> {};
}
