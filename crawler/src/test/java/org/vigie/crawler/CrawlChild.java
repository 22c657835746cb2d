package org.vigie.crawler;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.vigie.core.Source;

/**
 * A crawl in a JVM of its own, for {@link RestartSafetyTest} to kill with SIGKILL midway.
 * Arguments: data directory, sitemap URL, per-host delay in milliseconds.
 */
public final class CrawlChild {
  public static void main(String[] args) {
    Source source = new Source("outlet", null, List.of("fr"), "FR", List.of(), List.of(URI.create(args[1])), List.of(),
        null, null, true);
    try (Crawler crawler = new Crawler(CrawlerTest.config(Duration.ofMillis(Long.parseLong(args[2]))), Path.of(args[0]))) {
      crawler.crawlOnce(List.of(source), PageSink.NONE, CrawlProgress.NONE);
    }
  }
}
