package org.vigie.crawler.fetch;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Per-host politeness, per {@code host:port}. A request may start when
 *
 * <ul>
 *   <li>fewer than {@code maxConnections} requests to the host are in flight (one by default: a
 *       request never starts before the previous one ended);
 *   <li>the host's delay has passed since the previous request's start;
 *   <li>and the delay has passed since a request was last <em>answered</em> on a connection now
 *       free: with one connection, since the previous answer's headers arrived.
 * </ul>
 *
 * <p>Why the answer and not only the start: the delay is a promise about what the server sees,
 * and the client cannot know when the server received a request, only that it had by the time its
 * answer arrived. Counting from the start alone gives server-side gaps of {@code delay} plus the
 * next request's latency minus the previous one's: below the delay about half the time, and far
 * below it after a request that opened the connection (a first attempt saw 615 ms at a 1 s
 * delay, robots.txt → sitemap, because the TCP set-up under load was counted in robots.txt's
 * latency). Counting from the answer's headers, taken on the client's I/O thread, costs only the
 * answer's way back, not the body, the parsing or a thread wake-up. With {@code maxConnections >
 * 1} the source accepts overlapping requests: starts stay {@code delay} apart on our clock, and
 * each connection still waits the delay after its own answer.
 *
 * <p>Every request the crawler sends, robots.txt included, passes through here, so politeness
 * holds whatever stage issued the request. Turns are granted in arrival order.
 */
public final class HostGate {

  private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();

  private static final class Slot {
    final ReentrantLock lock = new ReentrantLock();
    final Condition changed = lock.newCondition();
    /** Waiting callers, in arrival order; only the head may start. */
    final ArrayDeque<Object> queue = new ArrayDeque<>();
    /** Times of the latest answers, newest first; at most as many as connections allowed. */
    final ArrayDeque<Long> answers = new ArrayDeque<>();
    volatile int inFlight;
    boolean started;
    long lastStartNanos;
    boolean hasNotBefore;
    long notBeforeNanos;
  }

  /** A held turn on a host; closing it frees the connection. */
  public static final class Turn implements AutoCloseable {
    private final Slot slot;
    private final int maxConnections;
    private final long grantedNanos;
    private boolean answered;
    private boolean pushedBack;
    private long pushBackUntil;
    private boolean closed;

    private Turn(Slot slot, int maxConnections, long grantedNanos) {
      this.slot = slot;
      this.maxConnections = maxConnections;
      this.grantedNanos = grantedNanos;
    }

    /** When the gate let this request start ({@link System#nanoTime()}), as the gate counts it. */
    long grantedNanos() {
      return grantedNanos;
    }

    /**
     * Marks the moment the request really leaves, when work ran between the grant and the send
     * (the SSRF guard's DNS check), so that a slow check cannot eat into the next start's delay.
     */
    public void sending() {
      slot.lock.lock();
      try {
        long now = System.nanoTime();
        if (now - slot.lastStartNanos > 0) slot.lastStartNanos = now;
      } finally {
        slot.lock.unlock();
      }
    }

    /**
     * Marks the arrival of the answer's headers: the server has seen the request by now. Safe to
     * call from the HTTP client's thread; only the first call counts.
     */
    public void answered() {
      slot.lock.lock();
      try {
        if (answered || closed) return;
        answered = true;
        recordAnswer(System.nanoTime());
      } finally {
        slot.lock.unlock();
      }
    }

    private void recordAnswer(long nanos) {
      slot.answers.addFirst(nanos);
      while (slot.answers.size() > maxConnections) slot.answers.removeLast();
    }

    /** Asks for a longer pause before the next request (a 429/503 {@code Retry-After}). */
    public void pushBack(Duration wait) {
      long until = System.nanoTime() + wait.toNanos();
      if (!pushedBack || until - pushBackUntil > 0) pushBackUntil = until;
      pushedBack = true;
    }

    /** Frees the connection; without an answer (refused, failed, timed out), now counts as one. */
    @Override
    public void close() {
      slot.lock.lock();
      try {
        if (closed) return;
        closed = true;
        if (!answered) recordAnswer(System.nanoTime());
        slot.inFlight--;
        if (pushedBack && (!slot.hasNotBefore || pushBackUntil - slot.notBeforeNanos > 0)) {
          slot.notBeforeNanos = pushBackUntil;
          slot.hasNotBefore = true;
        }
        slot.changed.signalAll();
      } finally {
        slot.lock.unlock();
      }
    }
  }

  /** One connection to the host. */
  public Turn acquire(String hostKey, Duration delay) throws InterruptedException {
    return acquire(hostKey, delay, 1);
  }

  /**
   * Waits for the host's turn (see the class comment for the rules).
   *
   * @param hostKey {@code host:port}, so that test servers on one loopback address with different
   *     ports count as different hosts
   * @param delay the caller's, so that a {@code Crawl-delay} learnt from robots.txt applies from
   *     the next request on
   * @param maxConnections requests to this host allowed in flight at once (the source's {@code
   *     max-connections})
   */
  public Turn acquire(String hostKey, Duration delay, int maxConnections) throws InterruptedException {
    if (maxConnections < 1) throw new IllegalArgumentException("maxConnections must be >= 1: " + maxConnections);
    Slot slot = slots.computeIfAbsent(hostKey, k -> new Slot());
    long delayNanos = delay.toNanos();
    long granted;
    slot.lock.lockInterruptibly();
    try {
      Object ticket = new Object();
      slot.queue.addLast(ticket);
      try {
        while (true) {
          if (slot.queue.peekFirst() != ticket || slot.inFlight >= maxConnections) {
            slot.changed.await();
            continue;
          }
          long wait = dueNanos(slot, delayNanos, maxConnections) - System.nanoTime();
          if (wait <= 0) break;
          // Woken early by another turn's answer or close: the loop recomputes the wait.
          slot.changed.awaitNanos(wait);
        }
      } catch (InterruptedException e) {
        slot.queue.remove(ticket);
        slot.changed.signalAll();
        throw e;
      }
      slot.queue.removeFirst();
      slot.inFlight++;
      slot.started = true;
      granted = System.nanoTime();
      slot.lastStartNanos = granted;
      slot.changed.signalAll();
    } finally {
      slot.lock.unlock();
    }
    return new Turn(slot, maxConnections, granted);
  }

  /** The earliest start the rules allow; any time in the past means now. */
  private static long dueNanos(Slot slot, long delayNanos, int maxConnections) {
    long now = System.nanoTime();
    long due = now;
    if (slot.started && slot.lastStartNanos + delayNanos - due > 0) due = slot.lastStartNanos + delayNanos;
    // The connection free the longest: the oldest of the last maxConnections answers, or none
    // when fewer requests than connections were ever answered.
    if (slot.answers.size() >= maxConnections) {
      long oldest = 0;
      int i = 0;
      for (long t : slot.answers) if (++i == maxConnections) oldest = t;
      if (oldest + delayNanos - due > 0) due = oldest + delayNanos;
    }
    if (slot.hasNotBefore && slot.notBeforeNanos - due > 0) due = slot.notBeforeNanos;
    return due;
  }

  /** How many hosts have a request in flight right now (for the progress line). */
  public int activeHosts() {
    int n = 0;
    for (Slot s : slots.values()) if (s.inFlight > 0) n++;
    return n;
  }
}
