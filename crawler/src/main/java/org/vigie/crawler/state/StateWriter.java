package org.vigie.crawler.state;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for the crawl state: every host worker hands its writes here and waits; one
 * thread runs whatever has queued up meanwhile in a single transaction and commits once. A commit
 * is what costs (H2 writes a chunk to the file each time, with {@code WRITE_DELAY=0}), and at
 * 50 hosts × 10 pages/s the profile was ~70 % H2 commit work with one commit per statement.
 *
 * <p>Durability is unchanged: {@link #write} returns only after the commit that holds the write,
 * so a caller that delivers a page after {@code write} returns has it stored, kill or no kill.
 * If a batch fails, its writes are retried one transaction each, so one bad write cannot fail the
 * others.
 */
public final class StateWriter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(StateWriter.class);

  /** Writes per transaction at most; bounds the time a worker waits behind others. */
  static final int MAX_BATCH = 256;

  private record Pending<T>(CrawlDatabase.Work<T> work, CompletableFuture<T> done) {
    void runIn(java.sql.Connection c, List<Object> results) throws SQLException {
      results.add(work.run(c));
    }

    @SuppressWarnings("unchecked")
    void complete(Object result) {
      done.complete((T) result);
    }
  }

  private static final Pending<Void> STOP = new Pending<>(c -> null, new CompletableFuture<>());

  private final CrawlDatabase db;
  private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
  private final Thread thread;

  public StateWriter(CrawlDatabase db) {
    this.db = db;
    this.thread = Thread.ofPlatform().daemon().name("crawl-state-writer").start(this::loop);
  }

  /** Runs {@code work} in the next group transaction and returns its result once committed. */
  public <T> T write(CrawlDatabase.Work<T> work) throws SQLException, InterruptedException {
    if (!thread.isAlive()) return db.inTransaction(work);
    Pending<T> p = new Pending<>(work, new CompletableFuture<>());
    queue.put(p);
    while (true) {
      try {
        return p.done().get(1, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof SQLException s) throw s;
        if (e.getCause() instanceof RuntimeException r) throw r;
        throw new SQLException(e.getCause());
      } catch (TimeoutException e) {
        // Queued just after close() drained the queue: nobody will run it, so run it here.
        if (!thread.isAlive() && queue.remove(p)) return db.inTransaction(work);
      }
    }
  }

  private void loop() {
    List<Pending<?>> batch = new ArrayList<>(MAX_BATCH);
    while (true) {
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        return;
      }
      queue.drainTo(batch, MAX_BATCH - 1);
      boolean stop = batch.remove(STOP);
      commit(batch);
      batch.clear();
      if (stop) {
        List<Pending<?>> rest = new ArrayList<>();
        queue.drainTo(rest);
        commit(rest);
        return;
      }
    }
  }

  private void commit(List<Pending<?>> batch) {
    if (batch.isEmpty()) return;
    try {
      List<Object> results = db.inTransaction(c -> {
        List<Object> out = new ArrayList<>(batch.size());
        for (Pending<?> p : batch) p.runIn(c, out);
        return out;
      });
      for (int i = 0; i < batch.size(); i++) batch.get(i).complete(results.get(i));
    } catch (SQLException | RuntimeException batchFailed) {
      if (batch.size() > 1) LOG.debug("Group commit of {} writes failed ({}); one by one", batch.size(), batchFailed.toString());
      for (Pending<?> p : batch) {
        try {
          List<Object> one = db.inTransaction(c -> {
            List<Object> out = new ArrayList<>(1);
            p.runIn(c, out);
            return out;
          });
          p.complete(one.get(0));
        } catch (SQLException | RuntimeException e) {
          p.done().completeExceptionally(e);
        }
      }
    }
  }

  /** Commits what is queued, then stops; later writes run in their own transaction. */
  @Override
  public void close() {
    queue.add(STOP);
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
