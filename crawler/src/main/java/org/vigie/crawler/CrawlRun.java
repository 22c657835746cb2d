package org.vigie.crawler;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.Source;

/**
 * The schedule of one pass. Each source is discovered on its own worker, and as soon as its
 * discovery ends, the hosts it filled are fetched, while other sources are still being
 * discovered: a slow or deferred outlet never holds up the others. (The first version ran every
 * discovery, then every fetch; with the demo's 1 s delay, fetching waited for the slowest
 * source's robots.txt, feed and sitemaps.) Each host has at most one worker at a time; a last
 * sweep picks up URLs that discovery added to a host after its worker had finished.
 */
final class CrawlRun {
  private static final Logger LOG = LoggerFactory.getLogger(CrawlRun.class);

  private final ExecutorService workers;
  private final Semaphore slots;
  private final DiscoveryStage discovery;
  private final FetchStage fetch;
  private final Map<String, Source> sources;
  private final org.vigie.crawler.state.FrontierStore frontier;
  private final Set<String> busyHosts = ConcurrentHashMap.newKeySet();
  private final Set<URI> attempted = ConcurrentHashMap.newKeySet();
  private final ConcurrentLinkedQueue<Future<?>> pending = new ConcurrentLinkedQueue<>();

  CrawlRun(ExecutorService workers, int maxConcurrent, DiscoveryStage discovery, FetchStage fetch,
      Map<String, Source> sources, org.vigie.crawler.state.FrontierStore frontier) {
    this.workers = workers;
    this.slots = new Semaphore(Math.max(1, maxConcurrent));
    this.discovery = discovery;
    this.fetch = fetch;
    this.sources = sources;
    this.frontier = frontier;
  }

  void run() throws InterruptedException, SQLException {
    for (Source s : sources.values()) {
      submit("discovery of " + s.id(), () -> {
        discovery.discover(s);
        fetchHostsOf(List.of(s.id()));
      });
    }
    awaitAll();
    // Hosts whose worker ended before another source's discovery added URLs to them.
    // A sweep that attempts nothing new ends it (failed URLs stay in the frontier for later runs).
    while (true) {
      int before = attempted.size();
      for (String host : frontier.hostsWithWork(sources.keySet())) startHost(host);
      awaitAll();
      if (attempted.size() == before) break;
    }
  }

  private void fetchHostsOf(List<String> sourceIds) throws InterruptedException {
    try {
      for (String host : frontier.hostsWithWork(sourceIds)) startHost(host);
    } catch (SQLException e) {
      LOG.error("Cannot read the frontier of {}: {}", sourceIds, e.getMessage());
    }
  }

  /** Starts a worker for the host unless one runs; whether one was started. */
  private boolean startHost(String host) {
    if (!busyHosts.add(host)) return false;
    submit("fetching of " + host, () -> {
      try {
        fetch.fetchHost(host, attempted);
      } finally {
        busyHosts.remove(host);
      }
    });
    return true;
  }

  private interface Job {
    void run() throws InterruptedException;
  }

  /** A task on a virtual thread; it waits for a slot there, so submitting never blocks. */
  private void submit(String what, Job job) {
    pending.add(workers.submit(() -> {
      slots.acquire();
      try {
        job.run();
      } catch (RuntimeException e) {
        LOG.error("The {} stopped on an unexpected error", what, e);
      } finally {
        slots.release();
      }
      return null;
    }));
  }

  /** Waits for every task, including those that tasks submit before they end. */
  private void awaitAll() throws InterruptedException {
    Future<?> f;
    while ((f = pending.poll()) != null) {
      try {
        f.get();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof InterruptedException ie) throw ie;
        LOG.error("A crawl task failed", e.getCause());
      }
    }
  }
}
