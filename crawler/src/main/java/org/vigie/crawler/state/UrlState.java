package org.vigie.crawler.state;

/** Where a URL stands in the crawl. */
public enum UrlState {
  /** Discovered, or changed since the last fetch: to be fetched. */
  PENDING,
  /** Fetched and stored; fetched again only when discovery says it changed. */
  FETCHED,
  /** The last attempt failed; retried on later runs while attempts remain. */
  FAILED,
  /** Never to be fetched: robots.txt, the SSRF guard, a media URL, or a permanent 4xx. */
  BLOCKED
}
