package org.vigie.app.demo;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.vigie.core.Source;

/**
 * The demo corpus served as eight live news sites, one JDK {@link HttpServer} per outlet on
 * 127.0.0.1, each with its pages, feed, sitemap(s) and robots.txt. Start it, give
 * {@link #sources()} to the crawler, close it when done.
 *
 * <pre>{@code
 * try (ReplaySites sites = ReplaySites.start()) {
 *   List<Source> sources = sites.sources();   // feeds and sitemaps on loopback
 *   ...
 * }
 * }</pre>
 */
public final class ReplaySites implements AutoCloseable {
  /** Entries kept by {@link #requestLog()}. */
  public static final int REQUEST_LOG_CAPACITY = 10_000;

  private final DemoCorpus corpus;
  private final Map<String, HttpServer> servers;
  private final ExecutorService executor;
  private final RequestLog requestLog;

  private ReplaySites(DemoCorpus corpus, Map<String, HttpServer> servers, ExecutorService executor,
      RequestLog requestLog) {
    this.corpus = corpus;
    this.servers = servers;
    this.executor = executor;
    this.requestLog = requestLog;
  }

  /** Serves the shipped corpus, each outlet on a free port. */
  public static ReplaySites start() {
    return start(DemoCorpus.load(), 0);
  }

  /**
   * @param basePort 0 for a free port per outlet; otherwise outlet <i>i</i> of {@code outlets.yml}
   *     listens on {@code basePort + i}, so bookmarks survive a restart
   */
  public static ReplaySites start(DemoCorpus corpus, int basePort) {
    if (basePort < 0 || basePort > 65535 - corpus.outlets().size()) {
      throw new IllegalArgumentException("base port out of range: " + basePort);
    }
    // virtual threads: a slow client never holds up the other sites, and idle costs nothing
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    RequestLog log = new RequestLog(REQUEST_LOG_CAPACITY);
    Map<String, HttpServer> servers = new LinkedHashMap<>();
    try {
      int i = 0;
      for (DemoOutlet outlet : corpus.outlets()) {
        int port = basePort == 0 ? 0 : basePort + i++;
        HttpServer server =
            HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        servers.put(outlet.id(), server);
        String base = baseUrl(server);
        SiteContent content = SiteContent.render(outlet, corpus.articles(outlet.id()), base);
        server.createContext("/", new ReplayHandler(outlet.id(), content, log));
        server.setExecutor(executor);
      }
    } catch (IOException | RuntimeException e) {
      servers.values().forEach(s -> s.stop(0));
      executor.close();
      if (e instanceof IOException io) {
        throw new UncheckedIOException("cannot bind the demo replay sites: " + io.getMessage(), io);
      }
      throw (RuntimeException) e;
    }
    servers.values().forEach(HttpServer::start);
    return new ReplaySites(corpus, Map.copyOf(servers), executor, log);
  }

  private static String baseUrl(HttpServer server) {
    InetSocketAddress a = server.getAddress();
    return "http://" + a.getAddress().getHostAddress() + ":" + a.getPort();
  }

  public DemoCorpus corpus() {
    return corpus;
  }

  /** E.g. {@code http://127.0.0.1:40123}, without a trailing slash. */
  public URI baseUrl(String outletId) {
    HttpServer server = servers.get(outletId);
    if (server == null) throw new IllegalArgumentException("no demo outlet " + outletId);
    return URI.create(baseUrl(server));
  }

  /** Where the replay server serves an article (the page's canonical link names another host). */
  public URI articleUrl(DemoArticle article) {
    return URI.create(baseUrl(article.outlet()) + ArticleUrls.path(corpus.outlet(article.outlet()), article));
  }

  /** The article's canonical URL on the outlet's {@code .example} domain, as its page declares. */
  public URI canonicalUrl(DemoArticle article) {
    return ArticleUrls.canonical(corpus.outlet(article.outlet()), article);
  }

  /**
   * One source per outlet, in the order of {@code outlets.yml}: its feed, its top sitemap, its
   * section pages with a link pattern for article URLs, and loopback allowed.
   */
  public List<Source> sources() {
    List<Source> sources = new ArrayList<>();
    for (DemoOutlet o : corpus.outlets()) {
      String base = baseUrl(o.id()).toString();
      String pattern = ArticleUrls.linkPattern(o);
      sources.add(
          new Source(
              o.id(),
              o.name(),
              List.of(o.language()),
              o.country(),
              List.of(URI.create(base + o.feedPath())),
              List.of(URI.create(base + o.sitemapPath())),
              o.sections().stream()
                  .map(s -> new Source.SectionPage(URI.create(base + s.indexPath()), pattern))
                  .toList(),
              null,
              null,
              true));
    }
    return sources;
  }

  public RequestLog requestLog() {
    return requestLog;
  }

  @Override
  public void close() {
    servers.values().forEach(s -> s.stop(0));
    executor.close();
  }

  /** Serves the demo sites until interrupted: {@code ReplaySites [basePort]}. */
  public static void main(String[] args) throws InterruptedException {
    int basePort = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    ReplaySites sites = start(DemoCorpus.load(), basePort);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sites.close();
      stopped.countDown();
    }));
    for (Source s : sites.sources()) {
      System.out.printf("%-18s %s/  (%d articles)%n    feed    %s%n    sitemap %s%n    robots  %s/robots.txt%n",
          s.id(), sites.baseUrl(s.id()), sites.corpus().articles(s.id()).size(), s.feeds().getFirst(),
          s.sitemaps().getFirst(), sites.baseUrl(s.id()));
    }
    System.out.println("Serving " + sites.corpus().articles().size() + " articles; Ctrl-C to stop.");
    stopped.await();
  }
}
