package org.vigie.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The gate's own clock: when turns are granted, and how many are held at once. */
class HostGateTest {

  @ParameterizedTest(name = "{0} connection(s), delay {1} ms, each turn held {2} ms")
  @CsvSource({"1, 50, 100", "2, 50, 200", "3, 100, 250", "3, 50, 0"})
  void turns_start_the_delay_apart_and_never_exceed_the_connections(int connections, long delayMs, long holdMs)
      throws Exception {
    HostGate gate = new HostGate();
    List<Long> grants = new CopyOnWriteArrayList<>();
    AtomicInteger held = new AtomicInteger();
    AtomicInteger maxHeld = new AtomicInteger();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < 7; i++) {
        threads.submit(() -> {
          try (HostGate.Turn turn = gate.acquire("h:80", Duration.ofMillis(delayMs), connections)) {
            grants.add(turn.grantedNanos());
            maxHeld.accumulateAndGet(held.incrementAndGet(), Math::max);
            Thread.sleep(holdMs);
            turn.answered();
            held.decrementAndGet();
          }
          return null;
        });
      }
    }
    List<Long> sorted = new ArrayList<>(grants);
    sorted.sort(null);
    assertThat(sorted).hasSize(7);
    for (int i = 1; i < sorted.size(); i++)
      assertThat(sorted.get(i) - sorted.get(i - 1)).as("start %d after start %d", i, i - 1)
          .isGreaterThanOrEqualTo(Duration.ofMillis(delayMs).toNanos());
    assertThat(maxHeld.get()).isLessThanOrEqualTo(connections);
    // Held longer than the delay, turns overlap as far as the connections allow.
    if (holdMs > delayMs) assertThat(maxHeld).hasValue(connections);
  }
}
