package org.vigie.bench.crawl;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.vigie.core.Source;
import org.vigie.core.config.CrawlerConfig;
import org.vigie.crawler.CrawlProgress;
import org.vigie.crawler.CrawlSummary;
import org.vigie.crawler.Crawler;

/**
 * A local replay of many news hosts, each serving robots.txt (disallowing {@code /private/}), a
 * sitemap of N pages plus one private page, and the pages. Crawls it once and reports achieved
 * pages/s against the politeness ideal (hosts ÷ per-host delay), CPU per page and the heap peak.
 * Every request is logged by the replay server; the run fails (exit 1) on any robots.txt or
 * per-host delay violation.
 *
 * <p>Usage: {@code CrawlReplayBenchmark HOSTS PAGES DELAY_MS} (delay 0 = politeness off).
 */
public final class CrawlReplayBenchmark {

  record Hit(int host, String path, long nanos) {}

  public static void main(String[] args) throws Exception {
    // Library DEBUG lines (crawler-commons logs every sitemap entry) would dominate the CPU figures.
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    int hosts = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int pages = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    long delayMs = args.length > 2 ? Long.parseLong(args[2]) : 1000;
    ConcurrentLinkedQueue<Hit> hits = new ConcurrentLinkedQueue<>();
    List<HttpServer> servers = new ArrayList<>();
    List<Source> sources = new ArrayList<>();
    byte[] page = ("<html><head><title>t</title></head><body><article>"
        + "<p>Lorem ipsum dolor sit amet, un texte de remplissage pour la page. </p>".repeat(60)
        + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
    for (int h = 0; h < hosts; h++) {
      int host = h;
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      StringBuilder sitemap = new StringBuilder("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
      for (int p = 0; p < pages; p++) sitemap.append("<url><loc>").append(base).append("/page/").append(p).append("</loc></url>");
      sitemap.append("<url><loc>").append(base).append("/private/secret</loc></url></urlset>");
      byte[] sitemapBytes = sitemap.toString().getBytes(StandardCharsets.UTF_8);
      byte[] robots = "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8);
      server.createContext("/", ex -> {
        String path = ex.getRequestURI().getPath();
        hits.add(new Hit(host, path, System.nanoTime()));
        byte[] body;
        String type;
        if (path.equals("/robots.txt")) { body = robots; type = "text/plain"; }
        else if (path.equals("/sitemap.xml")) { body = sitemapBytes; type = "application/xml"; }
        else { body = page; type = "text/html; charset=utf-8"; }
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(200, body.length);
        try (OutputStream out = ex.getResponseBody()) {
          out.write(body);
        } catch (IOException ignored) {
          // client gone
        }
      });
      server.start();
      servers.add(server);
      sources.add(new Source("host" + h, null, List.of("en"), "GB", List.of(), List.of(URI.create(base + "/sitemap.xml")),
          List.of(), null, null, true));
    }

    Duration delay = Duration.ofMillis(delayMs);
    CrawlerConfig config = new CrawlerConfig("VigieBench/1.0", delay, hosts, 5L << 20, Duration.ofSeconds(5),
        Duration.ofSeconds(10), Duration.ofSeconds(30), 5, 0, true);
    Path dataDir = Files.createTempDirectory("vigie-crawl-bench");
    AtomicLong delivered = new AtomicLong();
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    CrawlSummary summary;
    long crawlStart;
    try (Crawler crawler = new Crawler(config, dataDir)) {
      crawlStart = System.nanoTime();
      summary = crawler.crawlOnce(sources, p -> delivered.incrementAndGet(), CrawlProgress.NONE);
    }
    long cpu = os.getProcessCpuTime() - cpu0;
    servers.forEach(s -> s.stop(0));

    long robotsViolations = hits.stream().filter(x -> x.path().startsWith("/private/")).count();
    long delayViolations = 0;
    List<String> violationSamples = new ArrayList<>();
    long minGapNanos = Long.MAX_VALUE;
    long gapSum = 0;
    long gaps = 0;
    long firstMax = 0;
    long lastMax = 0;
    for (int h = 0; h < hosts; h++) {
      int host = h;
      List<Hit> mine = hits.stream().filter(x -> x.host() == host).sorted((a, b) -> Long.compare(a.nanos(), b.nanos())).toList();
      if (!mine.isEmpty()) {
        firstMax = Math.max(firstMax, mine.get(0).nanos() - crawlStart);
        lastMax = Math.max(lastMax, mine.get(mine.size() - 1).nanos() - crawlStart);
      }
      for (int i = 1; i < mine.size(); i++) {
        long gap = mine.get(i).nanos() - mine.get(i - 1).nanos();
        gapSum += gap;
        gaps++;
        minGapNanos = Math.min(minGapNanos, gap);
        if (gap < delay.toNanos()) {
          delayViolations++;
          if (violationSamples.size() < 10)
            violationSamples.add(String.format("host%d %s -> %s %.1fms", host, mine.get(i - 1).path(), mine.get(i).path(), gap / 1e6));
        }
      }
    }
    long heapPeak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans())
      if (pool.getType() == MemoryType.HEAP) heapPeak += pool.getPeakUsage().getUsed();

    double secs = summary.elapsed().toNanos() / 1e9;
    double pps = summary.fetched() / secs;
    System.out.printf("hosts=%d pages/host=%d delay=%dms%n", hosts, pages, delayMs);
    System.out.printf("fetched=%d delivered=%d failed=%d requests=%d elapsed=%.1fs%n", summary.fetched(), delivered.get(),
        summary.failed(), hits.size(), secs);
    if (delayMs > 0) {
      // each host also serves robots.txt and the sitemap before its pages: (pages + 2) requests
      double ideal = hosts * 1000.0 / delayMs;
      double idealForRun = (double) hosts * pages / (((pages + 2) - 1) * delayMs / 1000.0);
      System.out.printf("pages/s=%.1f ideal(hosts/delay)=%.1f → %.1f%% (ideal counting robots+sitemap: %.1f → %.1f%%)%n",
          pps, ideal, 100 * pps / ideal, idealForRun, 100 * pps / idealForRun);
    } else {
      System.out.printf("pages/s=%.1f (politeness off)%n", pps);
    }
    System.out.printf("cpu/page=%.2fms heapPeak=%dMB%n", cpu / 1e6 / Math.max(1, summary.fetched()), heapPeak >> 20);
    // Where the time goes against the ideal: late first requests (start-up), gaps above the
    // delay (per-request overhead), and the tail between the last request and the end of the run.
    System.out.printf("lastHostFirstRequest=%.2fs meanGap=%.1fms lastRequest=%.2fs%n", firstMax / 1e9,
        gaps == 0 ? 0 : gapSum / 1e6 / gaps, lastMax / 1e9);
    System.out.printf("robotsViolations=%d delayViolations=%d minGap=%.1fms%n", robotsViolations, delayViolations,
        minGapNanos == Long.MAX_VALUE ? 0 : minGapNanos / 1e6);
    violationSamples.forEach(v -> System.out.println("  violation: " + v));
    System.exit(robotsViolations == 0 && delayViolations == 0 && summary.fetched() == (long) hosts * pages ? 0 : 1);
  }
}
