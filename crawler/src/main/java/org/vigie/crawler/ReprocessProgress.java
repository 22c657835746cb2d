package org.vigie.crawler;

/** Told about a reprocess run about once a second, and once at the end. Called from a timer thread. */
@FunctionalInterface
public interface ReprocessProgress {
  void update(ReprocessStatus status);

  ReprocessProgress NONE = s -> {};
}
