package org.vigie.app.demo;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;

/**
 * The last requests the replay sites answered, oldest first, for tests and benchmarks to check
 * what a crawler did (politeness, conditional GETs, robots). Bounded: the oldest entries are
 * dropped once {@code capacity} is reached, so a long manual session cannot exhaust the heap.
 */
public final class RequestLog {
  /**
   * One answered request.
   *
   * @param hostPort the {@code Host} header, or the server address when the client sent none
   * @param target the request target: path and query as the client sent them
   */
  public record Entry(
      Instant time, String outletId, String hostPort, String method, String target, int status,
      String userAgent) {
    public Entry {
      Objects.requireNonNull(time, "time");
      Objects.requireNonNull(outletId, "outletId");
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(target, "target");
      hostPort = hostPort == null ? "" : hostPort;
      userAgent = userAgent == null ? "" : userAgent;
    }
  }

  private final int capacity;
  private final ArrayDeque<Entry> entries = new ArrayDeque<>();

  public RequestLog(int capacity) {
    if (capacity < 1) throw new IllegalArgumentException("capacity must be positive: " + capacity);
    this.capacity = capacity;
  }

  synchronized void add(Entry entry) {
    if (entries.size() == capacity) entries.removeFirst();
    entries.addLast(entry);
  }

  /** A snapshot, oldest first. */
  public synchronized List<Entry> entries() {
    return List.copyOf(entries);
  }

  public synchronized void clear() {
    entries.clear();
  }
}
