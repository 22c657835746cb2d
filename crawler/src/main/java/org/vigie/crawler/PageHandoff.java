package org.vigie.crawler;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.FetchedPage;

/**
 * Hands fetched pages to the {@link PageSink} on a few threads of their own, so that extraction,
 * annotation and indexing never stand between two polite requests to a host. Before this, a host
 * worker ran the whole article pipeline between its requests, and a host's pages took (delay +
 * pipeline time) each instead of the delay. Bounded: when the sink falls behind, fetching waits
 * rather than holding every page of the crawl in memory.
 */
final class PageHandoff implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PageHandoff.class);

  private final PageSink sink;
  private final ExecutorService threads;
  private final Semaphore room;

  /** @param parallelism sink calls at once; the pipeline is CPU-bound, so about the core count */
  PageHandoff(PageSink sink, int parallelism) {
    this.sink = sink;
    int n = Math.max(1, parallelism);
    AtomicInteger seq = new AtomicInteger();
    this.threads = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "page-sink-" + seq.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.room = new Semaphore(4 * n);
  }

  /** Queues the page; waits while the sink is {@code 4 × parallelism} pages behind. */
  void deliver(FetchedPage page) throws InterruptedException {
    room.acquire();
    try {
      threads.execute(() -> {
        try {
          sink.accept(page);
        } catch (RuntimeException e) {
          LOG.error("Page sink failed on {}: {}", page.url(), e.toString());
        } finally {
          room.release();
        }
      });
    } catch (RuntimeException e) {
      room.release();
      throw e;
    }
  }

  /** Waits until every queued page went through the sink. */
  @Override
  public void close() {
    threads.shutdown();
    try {
      while (!threads.awaitTermination(1, TimeUnit.MINUTES)) LOG.info("Waiting for the article pipeline to finish…");
    } catch (InterruptedException e) {
      threads.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
