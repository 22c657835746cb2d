package org.vigie.crawler;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** The counters of one run, shared by its workers. */
final class CrawlCounters {
  final LongAdder discovered = new LongAdder();
  final LongAdder fetched = new LongAdder();
  final LongAdder notModified = new LongAdder();
  final LongAdder duplicates = new LongAdder();
  final LongAdder failed = new LongAdder();
  final AtomicLong queued = new AtomicLong();
  final ConcurrentHashMap<String, LongAdder> perSource = new ConcurrentHashMap<>();
  final long startNanos = System.nanoTime();

  void fetchedFor(String sourceId) {
    fetched.increment();
    perSource.computeIfAbsent(sourceId, k -> new LongAdder()).increment();
  }

  Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  CrawlStatus status(int hostsActive) {
    double secs = Math.max(1e-3, elapsed().toNanos() / 1e9);
    return new CrawlStatus(hostsActive, fetched.sum(), Math.max(0, queued.get()), failed.sum(), fetched.sum() / secs);
  }

  CrawlSummary summary() {
    Map<String, Long> per = new TreeMap<>();
    perSource.forEach((k, v) -> per.put(k, v.sum()));
    return new CrawlSummary(discovered.sum(), fetched.sum(), notModified.sum(), duplicates.sum(), failed.sum(), per,
        elapsed());
  }
}
