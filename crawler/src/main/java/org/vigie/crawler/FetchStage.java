package org.vigie.crawler;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.FetchedPage;
import org.vigie.core.Source;
import org.vigie.core.WarcLocation;
import org.vigie.crawler.fetch.DocumentKind;
import org.vigie.crawler.fetch.FetchRequest;
import org.vigie.crawler.fetch.FetchResult;
import org.vigie.crawler.fetch.PoliteFetcher;
import org.vigie.crawler.fetch.Validators;
import org.vigie.crawler.state.FrontierEntry;
import org.vigie.crawler.state.FrontierStore;

/**
 * Fetches the frontier of one host, one URL after another (the {@link
 * org.vigie.crawler.fetch.HostGate} spaces them), and hands new or changed article pages to the
 * sink. The state is updated after the page is archived and before the sink sees it, so that a
 * kill at any moment neither loses the page nor fetches it twice.
 */
final class FetchStage {
  private static final Logger LOG = LoggerFactory.getLogger(FetchStage.class);

  private final PoliteFetcher fetcher;
  private final RequestFactory requests;
  private final FetchRecorder recorder;
  private final FrontierStore frontier;
  private final CrawlCounters counters;
  private final PageSink sink;
  private final Map<String, Source> sources;

  FetchStage(PoliteFetcher fetcher, RequestFactory requests, FetchRecorder recorder, FrontierStore frontier,
      CrawlCounters counters, PageSink sink, Map<String, Source> sources) {
    this.fetcher = fetcher;
    this.requests = requests;
    this.recorder = recorder;
    this.frontier = frontier;
    this.counters = counters;
    this.sink = sink;
    this.sources = sources;
  }

  void fetchHost(String host) throws InterruptedException {
    List<FrontierEntry> work;
    try {
      work = frontier.work(host, sources.keySet());
    } catch (SQLException e) {
      LOG.error("Cannot read the frontier of {}: {}", host, e.getMessage());
      return;
    }
    for (FrontierEntry entry : work) {
      try {
        fetchOne(entry);
      } catch (SQLException e) {
        LOG.error("Cannot update the state of {}: {}", entry.url(), e.getMessage());
      } finally {
        counters.queued.decrementAndGet();
      }
    }
  }

  private void fetchOne(FrontierEntry entry) throws InterruptedException, SQLException {
    Source source = sources.get(entry.sourceId());
    Validators validators = new Validators(entry.etag(), entry.lastModified());
    FetchRequest request = requests.request(source, entry.url(), DocumentKind.ARTICLE, validators);
    FetchResult result = fetcher.fetch(request);
    WarcLocation warc = recorder.record(request, result);
    switch (result) {
      case FetchResult.Fetched f -> {
        String hash = sha256(f.body());
        frontier.markFetched(entry.url(), f.url(), f.etag(), f.lastModified(), hash);
        if (hash.equals(entry.contentHash())) {
          counters.notModified.increment(); // re-announced by a sitemap, but the same bytes
          return;
        }
        counters.fetchedFor(source.id());
        FetchedPage page = new FetchedPage(entry.url(), f.url(), source.id(), f.status(), f.contentType(),
            f.charset(), f.body(), Instant.now(), f.etag(), f.lastModified(), warc);
        try {
          sink.accept(page);
        } catch (RuntimeException e) {
          LOG.error("Page sink failed on {}: {}", f.url(), e.toString());
        }
      }
      case FetchResult.NotModified n -> {
        frontier.markNotModified(entry.url());
        counters.notModified.increment();
      }
      case FetchResult.Blocked b -> frontier.markBlocked(entry.url(), b.reason() + ": " + b.detail());
      case FetchResult.Failed f -> {
        counters.failed.increment();
        if (isPermanent(f)) frontier.markBlocked(entry.url(), f.reason());
        else frontier.markFailed(entry.url(), f.reason());
      }
      case FetchResult.Redirected r -> {
        counters.failed.increment();
        frontier.markFailed(entry.url(), "unfollowed redirect to " + r.location());
      }
    }
  }

  /** 404 and 410 will not get better; the other failures are retried on later runs. */
  private static boolean isPermanent(FetchResult.Failed f) {
    return f.kind() == FetchResult.FailureKind.HTTP_STATUS && (f.status() == 404 || f.status() == 410)
        || f.kind() == FetchResult.FailureKind.CONTENT_TYPE;
  }

  static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
