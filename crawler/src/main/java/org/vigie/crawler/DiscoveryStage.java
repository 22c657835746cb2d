package org.vigie.crawler;

import java.net.URI;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.Source;
import org.vigie.crawler.dedup.UrlNormalizer;
import org.vigie.crawler.discover.Discovered;
import org.vigie.crawler.discover.DiscoveryException;
import org.vigie.crawler.discover.FeedDiscoverer;
import org.vigie.crawler.discover.SectionPageDiscoverer;
import org.vigie.crawler.discover.SitemapDiscoverer;
import org.vigie.crawler.fetch.DocumentKind;
import org.vigie.crawler.fetch.FetchRequest;
import org.vigie.crawler.fetch.FetchResult;
import org.vigie.crawler.fetch.PoliteFetcher;
import org.vigie.crawler.fetch.Validators;
import org.vigie.crawler.state.DocumentStore;
import org.vigie.crawler.state.FrontierStore;
import org.vigie.crawler.state.StateWriter;

/**
 * Polls one source's feeds, sitemaps and section pages (each a conditional GET) and offers what
 * they list to the frontier. A document that cannot be fetched or read is logged and skipped.
 */
final class DiscoveryStage {
  private static final Logger LOG = LoggerFactory.getLogger(DiscoveryStage.class);

  /** Child sitemaps read per index, most recent first; news outlets keep thousands of old ones. */
  static final int MAX_CHILD_SITEMAPS = 50;

  private final PoliteFetcher fetcher;
  private final RequestFactory requests;
  private final FetchRecorder recorder;
  private final DocumentStore documents;
  private final StateWriter writer;
  private final CrawlCounters counters;
  private final FeedDiscoverer feeds = new FeedDiscoverer();
  private final SitemapDiscoverer sitemaps;
  private final SectionPageDiscoverer sections = new SectionPageDiscoverer();

  DiscoveryStage(PoliteFetcher fetcher, RequestFactory requests, FetchRecorder recorder, DocumentStore documents,
      StateWriter writer, CrawlCounters counters, long maxBytes) {
    this.fetcher = fetcher;
    this.requests = requests;
    this.recorder = recorder;
    this.documents = documents;
    this.writer = writer;
    this.counters = counters;
    this.sitemaps = new SitemapDiscoverer(maxBytes);
  }

  void discover(Source source) throws InterruptedException {
    for (URI feed : source.feeds()) {
      FetchResult.Fetched f = poll(source, feed, DocumentKind.FEED);
      if (f == null) continue;
      try {
        offer(source, feeds.discover(f.body(), f.url()));
      } catch (DiscoveryException e) {
        counters.failed.increment();
        LOG.warn("Feed {} of {} skipped: {}", feed, source.id(), e.getMessage());
      }
    }
    Set<URI> seenSitemaps = new HashSet<>();
    for (URI sitemap : source.sitemaps()) readSitemap(source, sitemap, 0, seenSitemaps);
    for (Source.SectionPage section : source.sectionPages()) {
      Pattern pattern;
      try {
        pattern = Pattern.compile(section.linkPattern());
      } catch (PatternSyntaxException e) {
        LOG.warn("Section {} of {} skipped: bad link pattern {}", section.url(), source.id(), e.getDescription());
        continue;
      }
      FetchResult.Fetched f = poll(source, section.url(), DocumentKind.SECTION);
      if (f != null) offer(source, sections.discover(f.body(), f.charset(), f.url(), pattern));
    }
  }

  private void readSitemap(Source source, URI url, int depth, Set<URI> seen) throws InterruptedException {
    if (!seen.add(url)) return;
    FetchResult.Fetched f = poll(source, url, DocumentKind.SITEMAP);
    if (f == null) return;
    try {
      switch (sitemaps.discover(f.body(), f.contentType(), f.url())) {
        case SitemapDiscoverer.SitemapContent.Urls u -> offer(source, u.urls());
        case SitemapDiscoverer.SitemapContent.Index index -> {
          if (depth >= 1) {
            LOG.warn("Sitemap index {} nested in another index: not followed", url);
            return;
          }
          List<URI> children = index.sitemaps();
          for (int i = 0; i < children.size() && i < MAX_CHILD_SITEMAPS; i++)
            readSitemap(source, children.get(i), depth + 1, seen);
        }
      }
    } catch (DiscoveryException e) {
      counters.failed.increment();
      LOG.warn("Sitemap {} of {} skipped: {}", url, source.id(), e.getMessage());
    }
  }

  /** Fetches a discovery document conditionally; the response when there is something new to read. */
  private FetchResult.Fetched poll(Source source, URI raw, DocumentKind kind) throws InterruptedException {
    URI url = UrlNormalizer.normalize(raw).orElse(null);
    if (url == null) {
      LOG.warn("{} of {} skipped: not an http(s) URL: {}", kind, source.id(), raw);
      return null;
    }
    Validators validators;
    try {
      validators = documents.validators(url);
    } catch (SQLException e) {
      validators = Validators.NONE;
    }
    FetchRequest request = requests.request(source, url, kind, validators);
    FetchResult result = fetcher.fetch(request);
    recorder.record(request, result);
    try {
      switch (result) {
        case FetchResult.Fetched f -> {
          documents.record(url, source.id(), kind, f.status(), new Validators(f.etag(), f.lastModified()));
          return f;
        }
        case FetchResult.NotModified n -> documents.record(url, source.id(), kind, 304, null);
        case FetchResult.Failed f -> {
          counters.failed.increment();
          documents.record(url, source.id(), kind, f.status(), null);
        }
        case FetchResult.Blocked b -> {}
        case FetchResult.Redirected r -> counters.failed.increment();
      }
    } catch (SQLException e) {
      LOG.error("Cannot record the poll of {}: {}", url, e.getMessage());
    }
    return null;
  }

  /** One transaction per discovery document: committed before discovery moves on. */
  private void offer(Source source, List<Discovered> found) throws InterruptedException {
    if (found.isEmpty()) return;
    try {
      int entered = writer.write(c -> FrontierStore.offerAll(c, source.id(), found));
      counters.discovered.add(entered);
      counters.queued.addAndGet(entered);
    } catch (SQLException e) {
      LOG.error("Cannot add {} URLs of {} to the frontier: {}", found.size(), source.id(), e.getMessage());
    }
  }
}
