package org.vigie.crawler;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.FetchedPage;
import org.vigie.core.Source;
import org.vigie.core.WarcLocation;
import org.vigie.crawler.dedup.CanonicalLink;
import org.vigie.crawler.fetch.DocumentKind;
import org.vigie.crawler.fetch.FetchRequest;
import org.vigie.crawler.fetch.FetchResult;
import org.vigie.crawler.fetch.PoliteFetcher;
import org.vigie.crawler.fetch.Validators;
import org.vigie.crawler.state.ArticleStateStore;
import org.vigie.crawler.state.FetchLog;
import org.vigie.crawler.state.FrontierEntry;
import org.vigie.crawler.state.FrontierStore;
import org.vigie.crawler.state.StateWriter;

/**
 * Fetches the frontier of one host, one URL after another, or as many at once as its source's
 * {@code max-connections} allows (the {@link org.vigie.crawler.fetch.HostGate} spaces them), and hands new or changed article pages to the
 * sink. The state is committed after the page is archived and before the sink sees it, so that a
 * kill at any moment neither loses the page (it stays in WARC) nor fetches a stored one again.
 */
final class FetchStage {
  private static final Logger LOG = LoggerFactory.getLogger(FetchStage.class);

  private final PoliteFetcher fetcher;
  private final RequestFactory requests;
  private final FetchRecorder recorder;
  private final FrontierStore frontier;
  private final ArticleStateStore articles;
  private final StateWriter writer;
  private final CrawlCounters counters;
  private final PageHandoff sink;
  private final Map<String, Source> sources;

  FetchStage(PoliteFetcher fetcher, RequestFactory requests, FetchRecorder recorder, FrontierStore frontier,
      ArticleStateStore articles, StateWriter writer, CrawlCounters counters, PageHandoff sink, Map<String, Source> sources) {
    this.fetcher = fetcher;
    this.requests = requests;
    this.recorder = recorder;
    this.frontier = frontier;
    this.articles = articles;
    this.writer = writer;
    this.counters = counters;
    this.sink = sink;
    this.sources = sources;
  }

  /**
   * Fetches the host's frontier until it holds nothing this run has not attempted: URLs that
   * discovery adds meanwhile (another source on the same host) are picked up too.
   *
   * @param attempted URLs attempted in this run, shared by every host worker; a URL that failed
   *     stays in the frontier for later runs but is not tried again in this one
   */
  void fetchHost(String host, Set<URI> attempted) throws InterruptedException {
    while (true) {
      List<FrontierEntry> work;
      try {
        work = frontier.work(host, sources.keySet()).stream().filter(e -> !attempted.contains(e.url())).toList();
      } catch (SQLException e) {
        LOG.error("Cannot read the frontier of {}: {}", host, e.getMessage());
        return;
      }
      if (work.isEmpty()) return;
      int connections = connections(work);
      if (connections == 1) {
        for (FrontierEntry entry : work) attempt(entry, attempted);
      } else {
        // The source allows overlapping requests: up to that many URLs at once; the gate still
        // spaces their starts by the delay.
        Semaphore free = new Semaphore(connections);
        try (ExecutorService parallel = Executors.newVirtualThreadPerTaskExecutor()) {
          for (FrontierEntry entry : work) {
            free.acquire();
            parallel.submit(() -> {
              try {
                attempt(entry, attempted);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } finally {
                free.release();
              }
            });
          }
        }
      }
    }
  }

  /** The most connections any source of these URLs allows (a host shared by sources gets the most). */
  private int connections(List<FrontierEntry> work) {
    int n = 1;
    for (FrontierEntry e : work) {
      Source s = sources.get(e.sourceId());
      Integer c = s == null ? null : s.politeness().maxConnections();
      if (c != null && c > n) n = c;
    }
    return n;
  }

  private void attempt(FrontierEntry entry, Set<URI> attempted) throws InterruptedException {
    if (!attempted.add(entry.url())) return;
    try {
      fetchOne(entry);
    } catch (SQLException e) {
      LOG.error("Cannot update the state of {}: {}", entry.url(), e.getMessage());
    } finally {
      counters.queued.decrementAndGet();
    }
  }

  private void fetchOne(FrontierEntry entry) throws InterruptedException, SQLException {
    Source source = sources.get(entry.sourceId());
    Validators validators = new Validators(entry.etag(), entry.lastModified());
    FetchRequest request = requests.request(source, entry.url(), DocumentKind.ARTICLE, validators);
    FetchResult result = fetcher.fetch(request);
    WarcLocation warc = recorder.archive(result);
    FetchLog.Entry logged = recorder.entry(request, result, warc);
    if (result instanceof FetchResult.Fetched f) {
      delivered(entry, source, f, warc, logged);
      return;
    }
    URI url = entry.url();
    writer.write(c -> {
      FetchLog.record(c, logged);
      switch (result) {
        case FetchResult.Fetched f -> throw new AssertionError("handled above");
        case FetchResult.NotModified n -> FrontierStore.markNotModified(c, url);
        case FetchResult.Blocked b -> FrontierStore.markBlocked(c, url, b.reason() + ": " + b.detail());
        case FetchResult.Failed f -> {
          if (isPermanent(f)) FrontierStore.markBlocked(c, url, f.reason());
          else FrontierStore.markFailed(c, url, f.reason());
        }
        case FetchResult.Redirected r -> FrontierStore.markFailed(c, url, "unfollowed redirect to " + r.location());
      }
      return null;
    });
    switch (result) {
      case FetchResult.NotModified n -> counters.notModified.increment();
      case FetchResult.Failed f -> counters.failed.increment();
      case FetchResult.Redirected r -> counters.failed.increment();
      case FetchResult.Fetched f -> {}
      case FetchResult.Blocked b -> {}
    }
  }

  private void delivered(FrontierEntry entry, Source source, FetchResult.Fetched f, WarcLocation warc,
      FetchLog.Entry logged) throws SQLException, InterruptedException {
    byte[] body = f.body();
    URI canonical = CanonicalLink.key(body, f.charset(), f.url());
    var page = new ArticleStateStore.FetchedArticle(entry.url(), f.url(), source.id(), f.etag(), f.lastModified(),
        sha256(body), entry.contentHash(), canonical);
    switch (articles.fetched(logged, page)) {
      case SAME_BYTES -> counters.notModified.increment();
      case DUPLICATE -> {
        counters.duplicates.increment();
        LOG.debug("{} not delivered: its canonical {} was delivered under another URL", f.url(), canonical);
      }
      case DELIVER -> {
        counters.fetchedFor(source.id());
        sink.deliver(new FetchedPage(entry.url(), f.url(), source.id(), f.status(), f.contentType(), f.charset(),
            body, Instant.now(), f.etag(), f.lastModified(), warc));
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
