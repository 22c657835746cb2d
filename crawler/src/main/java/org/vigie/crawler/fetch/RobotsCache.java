package org.vigie.crawler.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * robots.txt rules per host ({@code scheme://host:port}), parsed by crawler-commons and cached
 * with an expiry. A missing robots.txt (4xx) allows everything; a 5xx, a 429 or no answer at all
 * defers the host, for a shorter time, because the site may be overloaded.
 */
final class RobotsCache {

  private static final Logger LOG = LoggerFactory.getLogger(RobotsCache.class);

  interface Loader {
    FetchResult load(URI robotsUrl) throws InterruptedException;
  }

  private record Entry(BaseRobotRules rules, long expiresNanos) {}

  private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, ReentrantLock> loading = new ConcurrentHashMap<>();
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final Duration ttl;
  private final Duration failureTtl;

  RobotsCache(Duration ttl, Duration failureTtl) {
    this.ttl = ttl;
    this.failureTtl = failureTtl;
    // Crawl-delay values above this are still honoured by HostGate; the parser must not refuse them.
    parser.setMaxCrawlDelay(Long.MAX_VALUE);
  }

  BaseRobotRules rules(URI url, String robotName, Loader loader) throws InterruptedException {
    String key = url.getScheme() + "://" + url.getHost() + ":" + PoliteFetcher.port(url);
    Entry e = cache.get(key);
    if (e != null && e.expiresNanos - System.nanoTime() > 0) return e.rules;
    ReentrantLock lock = loading.computeIfAbsent(key, k -> new ReentrantLock());
    lock.lockInterruptibly();
    try {
      e = cache.get(key);
      if (e != null && e.expiresNanos - System.nanoTime() > 0) return e.rules;
      URI robotsUrl = URI.create(key + "/robots.txt");
      FetchResult result = loader.load(robotsUrl);
      BaseRobotRules rules;
      Duration keep = ttl;
      switch (result) {
        case FetchResult.Fetched f ->
            rules = parser.parseContent(robotsUrl.toString(), f.body(), f.contentType(), List.of(robotName));
        case FetchResult.Failed f when f.kind() == FetchResult.FailureKind.HTTP_STATUS && f.status() >= 400 && f.status() < 500 && f.status() != 429 ->
            rules = parser.failedFetch(f.status());
        case FetchResult.Failed f -> {
          LOG.warn("robots.txt {} unavailable ({}); deferring host for {}", robotsUrl, f.reason(), failureTtl);
          rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
          rules.setDeferVisits(true);
          keep = failureTtl;
        }
        case FetchResult.Blocked b -> {
          rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
          keep = failureTtl;
        }
        case FetchResult.NotModified n -> rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
        case FetchResult.Redirected r -> rules = new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
      }
      cache.put(key, new Entry(rules, System.nanoTime() + keep.toNanos()));
      return rules;
    } finally {
      lock.unlock();
    }
  }
}
