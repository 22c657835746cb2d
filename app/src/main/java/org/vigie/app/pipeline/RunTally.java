package org.vigie.app.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.vigie.core.AnnotatedArticle;
import org.vigie.core.Entity;

/** Counts what one run did, for its summary. Thread-safe: the crawler delivers pages concurrently. */
public final class RunTally {
  private final LongAdder indexed = new LongAdder();
  private final LongAdder skipped = new LongAdder();
  private final LongAdder failed = new LongAdder();
  private final Map<String, LongAdder> byOutletAndLanguage = new ConcurrentHashMap<>();
  private final Map<String, EntityCount> entities = new ConcurrentHashMap<>();
  private final List<PageOutcome.Failed> failures = java.util.Collections.synchronizedList(new ArrayList<>());

  /** An entity and the number of articles it appears in. */
  public record EntityCount(String id, String name, LongAdder articles) {}

  public void record(PageOutcome outcome) {
    switch (outcome) {
      case PageOutcome.Indexed i -> {
        indexed.increment();
        AnnotatedArticle a = i.article();
        byOutletAndLanguage.computeIfAbsent(a.article().sourceId() + " (" + a.language() + ")", k -> new LongAdder()).increment();
        for (Entity e : a.entities()) {
          entities.computeIfAbsent(e.id(), k -> new EntityCount(e.id(), e.name(), new LongAdder())).articles().increment();
        }
      }
      case PageOutcome.Skipped s -> skipped.increment();
      case PageOutcome.Failed f -> {
        failed.increment();
        failures.add(f);
      }
    }
  }

  public long indexed() {
    return indexed.sum();
  }

  public long skipped() {
    return skipped.sum();
  }

  public long failed() {
    return failed.sum();
  }

  public List<PageOutcome.Failed> failures() {
    return List.copyOf(failures);
  }

  /** "outlet (lang)" → articles indexed this run, sorted by name. */
  public Map<String, Long> perOutletAndLanguage() {
    Map<String, Long> out = new TreeMap<>();
    byOutletAndLanguage.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  /** The entities found in the most articles this run. */
  public List<EntityCount> topEntities(int n) {
    return entities.values().stream()
        .sorted(Comparator.comparingLong((EntityCount c) -> c.articles().sum()).reversed().thenComparing(EntityCount::id))
        .limit(n)
        .toList();
  }
}
