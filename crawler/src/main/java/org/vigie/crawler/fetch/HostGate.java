package org.vigie.crawler.fetch;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Per-host politeness: at most one request in flight per host (one connection), and at least the
 * host's delay between the end of one request and the start of the next. Every request the
 * crawler sends, robots.txt included, passes through here, so politeness holds whatever stage
 * issued the request.
 */
public final class HostGate {

  private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();

  private static final class Slot {
    final ReentrantLock lock = new ReentrantLock(true);
    long nextAllowedNanos = Long.MIN_VALUE;
  }

  /** A held turn on a host; closing it starts the host's delay. */
  public static final class Turn implements AutoCloseable {
    private final Slot slot;
    private final Duration delay;
    private long notBeforeNanos;
    private boolean closed;

    private Turn(Slot slot, Duration delay) {
      this.slot = slot;
      this.delay = delay;
      this.notBeforeNanos = System.nanoTime();
    }

    /** Asks for a longer pause before the next request (a 429/503 {@code Retry-After}). */
    public void pushBack(Duration wait) {
      long until = System.nanoTime() + wait.toNanos();
      if (until - notBeforeNanos > 0) notBeforeNanos = until;
    }

    @Override
    public void close() {
      if (closed) return;
      closed = true;
      long next = System.nanoTime() + delay.toNanos();
      slot.nextAllowedNanos = notBeforeNanos - next > 0 ? notBeforeNanos : next;
      slot.lock.unlock();
    }
  }

  /**
   * Waits for the host's turn: its lock, then the remainder of its delay.
   *
   * @param hostKey {@code host:port}, so that test servers on one loopback address with different
   *     ports count as different hosts
   */
  public Turn acquire(String hostKey, Duration delay) throws InterruptedException {
    Slot slot = slots.computeIfAbsent(hostKey, k -> new Slot());
    slot.lock.lockInterruptibly();
    try {
      while (true) {
        long wait = slot.nextAllowedNanos - System.nanoTime();
        if (slot.nextAllowedNanos == Long.MIN_VALUE || wait <= 0) break;
        java.util.concurrent.TimeUnit.NANOSECONDS.sleep(wait);
      }
    } catch (InterruptedException e) {
      slot.lock.unlock();
      throw e;
    }
    return new Turn(slot, delay);
  }

  /** How many hosts hold a turn right now (for the progress line). */
  public int activeHosts() {
    int n = 0;
    for (Slot s : slots.values()) if (s.lock.isLocked()) n++;
    return n;
  }
}
