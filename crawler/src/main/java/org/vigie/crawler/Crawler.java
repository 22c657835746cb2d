package org.vigie.crawler;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.Source;
import org.vigie.core.config.CrawlerConfig;
import org.vigie.crawler.archive.WarcArchive;
import org.vigie.crawler.fetch.FetchLimits;
import org.vigie.crawler.fetch.HostGate;
import org.vigie.crawler.fetch.HttpFetcher;
import org.vigie.crawler.fetch.PoliteFetcher;
import org.vigie.crawler.state.CrawlDatabase;
import org.vigie.crawler.state.DocumentStore;
import org.vigie.crawler.state.FetchLog;
import org.vigie.crawler.state.FrontierStore;

/**
 * The crawler's entry point: discovers through each source's feeds, sitemaps and section pages,
 * then fetches the frontier politely, many hosts at once and one request at a time per host,
 * archiving every response to WARC and handing new or changed articles to a {@link PageSink}.
 *
 * <p>State (frontier, seen URLs, validators, fetch log) lives in H2 under {@code
 * <dataDir>/db}; WARC files under {@code <dataDir>/warc}. A second run over the same data
 * directory fetches only what is new or changed.
 */
public final class Crawler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);

  private final CrawlerConfig config;
  private final CrawlDatabase db;
  private final WarcArchive archive;
  private final PoliteFetcher fetcher;
  private final FrontierStore frontier;
  private final DocumentStore documents;
  private final FetchRecorder recorder;
  private final RequestFactory requests;

  /**
   * @param dataDir the data directory; created if missing
   */
  public Crawler(CrawlerConfig config, Path dataDir) {
    this.config = Objects.requireNonNull(config, "config");
    this.db = new CrawlDatabase(dataDir);
    this.archive = new WarcArchive(dataDir.resolve("warc"));
    this.recorder = new FetchRecorder(archive, new FetchLog(db));
    HttpFetcher http = new HttpFetcher(HttpFetcher.newClient(config.connectTimeout()), FetchLimits.of(config));
    this.fetcher = new PoliteFetcher(http, new HostGate(), config.maxRedirects(), config.maxRetries(), recorder::record);
    this.frontier = new FrontierStore(db);
    this.documents = new DocumentStore(db);
    this.requests = new RequestFactory(config);
  }

  /**
   * One pass: discovery over every source, then the frontier of those sources, until it is empty
   * for this run. Failures are logged and counted, never thrown; the call returns when done.
   */
  public CrawlSummary crawlOnce(List<Source> sources, PageSink sink, CrawlProgress progress) {
    Map<String, Source> byId = new LinkedHashMap<>();
    for (Source s : sources) byId.put(s.id(), s);
    CrawlCounters counters = new CrawlCounters();
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "crawl-progress");
      t.setDaemon(true);
      return t;
    });
    ticker.scheduleAtFixedRate(() -> progress.update(counters.status(fetcher.activeHosts())), 1, 1, TimeUnit.SECONDS);
    try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
      Semaphore slots = new Semaphore(Math.max(1, config.maxConcurrentHosts()));
      DiscoveryStage discovery = new DiscoveryStage(fetcher, requests, recorder, documents, frontier, counters,
          config.maxBodyBytes());
      runAll(workers, slots, new ArrayList<>(byId.values()), s -> discovery.discover(s), "discovery of ");

      List<String> hosts = frontier.hostsWithWork(byId.keySet());
      counters.queued.set(frontier.countWork(byId.keySet()));
      FetchStage fetch = new FetchStage(fetcher, requests, recorder, frontier, counters, sink, byId);
      runAll(workers, slots, hosts, fetch::fetchHost, "fetching of ");
    } catch (SQLException e) {
      LOG.error("Crawl state unreadable, run stopped: {}", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      LOG.warn("Crawl interrupted");
    } finally {
      ticker.shutdownNow();
    }
    progress.update(counters.status(0));
    CrawlSummary summary = counters.summary();
    LOG.info("Crawl done: {} discovered, {} fetched, {} not modified, {} failed in {}", summary.discovered(),
        summary.fetched(), summary.notModified(), summary.failed(), summary.elapsed());
    return summary;
  }

  private interface Job<T> {
    void run(T item) throws InterruptedException;
  }

  /** Runs one job per item, at most {@code slots} at a time, and waits for all. */
  private static <T> void runAll(ExecutorService workers, Semaphore slots, List<T> items, Job<T> job, String what)
      throws InterruptedException {
    List<Future<?>> futures = new ArrayList<>();
    for (T item : items) {
      slots.acquire();
      futures.add(workers.submit(() -> {
        try {
          job.run(item);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
          LOG.error("The {}{} stopped on an unexpected error", what, item, e);
        } finally {
          slots.release();
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (java.util.concurrent.ExecutionException e) {
        LOG.error("The {} failed", what, e.getCause());
      }
    }
  }

  @Override
  public void close() {
    try {
      archive.close();
    } catch (IOException e) {
      LOG.warn("Closing the WARC file failed: {}", e.getMessage());
    }
    db.close();
  }
}
