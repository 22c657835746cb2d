package org.vigie.crawler;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.Source;
import org.vigie.core.config.CrawlerConfig;
import org.vigie.crawler.archive.ArchivedResponseReader;
import org.vigie.crawler.archive.WarcArchive;
import org.vigie.crawler.fetch.AddressGuard;
import org.vigie.crawler.fetch.FetchLimits;
import org.vigie.crawler.fetch.HostGate;
import org.vigie.crawler.fetch.HttpFetcher;
import org.vigie.crawler.fetch.PoliteFetcher;
import org.vigie.crawler.state.ArticleStateStore;
import org.vigie.crawler.state.CrawlDatabase;
import org.vigie.crawler.state.DocumentStore;
import org.vigie.crawler.state.StateWriter;
import org.vigie.crawler.state.FrontierStore;

/**
 * The crawler's entry point: discovers through each source's feeds, sitemaps and section pages,
 * and fetches the frontier politely, many hosts at once and one request at a time per host (or
 * the source's {@code max-connections}),
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
  private final ArticleStateStore articles;
  private final StateWriter writer;

  /**
   * @param dataDir the data directory; created if missing
   */
  public Crawler(CrawlerConfig config, Path dataDir) {
    this.config = Objects.requireNonNull(config, "config");
    this.db = new CrawlDatabase(dataDir);
    this.archive = new WarcArchive(dataDir.resolve("warc"));
    this.writer = new StateWriter(db);
    this.recorder = new FetchRecorder(archive, writer);
    this.articles = new ArticleStateStore(writer);
    HttpFetcher http = new HttpFetcher(HttpFetcher.newClient(config.connectTimeout()), FetchLimits.of(config));
    this.fetcher = new PoliteFetcher(http, new HostGate(), config.maxRedirects(), config.maxRetries(), recorder::record);
    this.frontier = new FrontierStore(db);
    this.documents = new DocumentStore(db);
    this.requests = new RequestFactory(config);
    if (AddressGuard.rebindingWindowOpen())
      LOG.warn("networkaddress.cache.ttl=0: the SSRF guard cannot rule out DNS rebinding between its check and the connect");
  }

  /**
   * One pass: each source's discovery, then the frontier of the hosts it filled, many sources and
   * hosts at once, until nothing is left to attempt in this run. Failures are logged and counted,
   * never thrown. Returns when every delivered page has gone through the sink.
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
    try (PageHandoff handoff = new PageHandoff(sink, Runtime.getRuntime().availableProcessors());
        ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
      counters.queued.set(frontier.countWork(byId.keySet()));
      DiscoveryStage discovery = new DiscoveryStage(fetcher, requests, recorder, documents, writer, counters,
          config.maxBodyBytes());
      FetchStage fetch = new FetchStage(fetcher, requests, recorder, frontier, articles, writer, counters, handoff, byId);
      new CrawlRun(workers, config.maxConcurrentHosts(), discovery, fetch, byId, frontier).run();
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
    LOG.info("Crawl done: {} discovered, {} fetched, {} not modified, {} duplicates, {} failed in {}",
        summary.discovered(), summary.fetched(), summary.notModified(), summary.duplicates(), summary.failed(),
        summary.elapsed());
    return summary;
  }

  /**
   * Replays archived article responses through the sink, from the WARC files alone: no request
   * is sent. Returns when every page went through the sink.
   *
   * @param since only responses fetched at or after this instant; {@code null} for all
   */
  public ReprocessSummary reprocess(Instant since, PageSink sink, ReprocessProgress progress) {
    ArchiveReplay replay = new ArchiveReplay(db, new ArchivedResponseReader(archive.directory(), config.maxBodyBytes()));
    ReprocessSummary summary = replay.replay(since, sink, progress);
    LOG.info("Reprocess done: {} archived, {} delivered, {} duplicates, {} damaged in {}", summary.archived(),
        summary.delivered(), summary.duplicates(), summary.damaged(), summary.elapsed());
    return summary;
  }

  /** The crawl state database, for readers such as the health report and reprocessing. */
  public CrawlDatabase database() {
    return db;
  }

  /** The WARC directory. */
  public Path warcDirectory() {
    return archive.directory();
  }

  @Override
  public void close() {
    writer.close();
    try {
      archive.close();
    } catch (IOException e) {
      LOG.warn("Closing the WARC file failed: {}", e.getMessage());
    }
    db.close();
  }
}
