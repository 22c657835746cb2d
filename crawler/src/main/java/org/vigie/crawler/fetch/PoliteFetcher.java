package org.vigie.crawler.fetch;

import crawlercommons.robots.BaseRobotRules;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.vigie.crawler.dedup.UrlNormalizer;
import org.vigie.crawler.fetch.FetchResult.Blocked;
import org.vigie.crawler.fetch.FetchResult.BlockReason;
import org.vigie.crawler.fetch.FetchResult.Failed;
import org.vigie.crawler.fetch.FetchResult.FailureKind;

/**
 * Fetches a URL the way a guest should: text URLs only, public addresses only (unless allowed),
 * robots.txt obeyed, the host's delay between request starts and its connection limit, retries with
 * exponential backoff and jitter that honour {@code Retry-After}, and a bounded number of
 * redirects, each hop checked again.
 */
public final class PoliteFetcher {

  /** A {@code Retry-After} longer than this ends the attempt; the URL is tried on a later run. */
  private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(2);

  private final HttpFetcher http;
  private final HostGate gate;
  private final RobotsCache robots;
  private final AddressGuard guard;
  private final int maxRedirects;
  private final int maxRetries;

  private final RobotsObserver robotsObserver;

  /** Told about each robots.txt fetch, which the fetcher issues on its own, so it can be archived. */
  @FunctionalInterface
  public interface RobotsObserver {
    void fetched(FetchRequest request, FetchResult result);
  }

  public PoliteFetcher(
      HttpFetcher http, HostGate gate, int maxRedirects, int maxRetries, RobotsObserver robotsObserver) {
    this(http, gate, new AddressGuard(), Duration.ofHours(24), maxRedirects, maxRetries, robotsObserver);
  }

  PoliteFetcher(
      HttpFetcher http, HostGate gate, AddressGuard guard, Duration robotsTtl, int maxRedirects, int maxRetries,
      RobotsObserver robotsObserver) {
    this.robotsObserver = robotsObserver;
    this.http = http;
    this.gate = gate;
    this.guard = guard;
    this.robots = new RobotsCache(robotsTtl, Duration.ofMinutes(10));
    this.maxRedirects = maxRedirects;
    this.maxRetries = maxRetries;
  }

  public FetchResult fetch(FetchRequest request) throws InterruptedException {
    URI current = request.url();
    Set<URI> visited = new HashSet<>();
    visited.add(current);
    for (int hop = 0; ; hop++) {
      Validators validators = hop == 0 ? request.validators() : Validators.NONE;
      FetchResult result = fetchHop(current, request, validators);
      if (!(result instanceof FetchResult.Redirected r)) return result;
      if (hop >= maxRedirects)
        return new Failed(request.url(), FailureKind.REDIRECTS, r.status(), "more than " + maxRedirects + " redirects", null);
      Optional<URI> next = UrlNormalizer.normalize(r.location());
      if (next.isEmpty())
        return new Failed(request.url(), FailureKind.REDIRECTS, r.status(), "redirect to unusable URL " + r.location(), null);
      if (!visited.add(next.get()))
        return new Failed(request.url(), FailureKind.REDIRECTS, r.status(), "redirect loop at " + next.get(), null);
      current = next.get();
    }
  }

  private FetchResult fetchHop(URI url, FetchRequest request, Validators validators) throws InterruptedException {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https"))
      return new Blocked(url, BlockReason.UNSUPPORTED_SCHEME, scheme);
    if (request.kind() != DocumentKind.SITEMAP && MediaUrls.isMedia(url))
      return new Blocked(url, BlockReason.MEDIA_URL, "media URLs are never fetched");
    if (!request.allowPrivateNetwork()) {
      Optional<FetchResult> refused = vet(url);
      if (refused.isPresent()) return refused.get();
    }
    Duration delay = request.minDelay();
    if (request.kind() != DocumentKind.ROBOTS) {
      BaseRobotRules rules =
          robots.rules(url, robotName(request.userAgent()), robotsUrl -> fetchRobots(robotsRequest(robotsUrl, request)));
      if (rules.isDeferVisits())
        return new Blocked(url, BlockReason.ROBOTS, "robots.txt unavailable, host deferred");
      if (!rules.isAllowed(url.toString()))
        return new Blocked(url, BlockReason.ROBOTS, "disallowed by robots.txt");
      long crawlDelay = rules.getCrawlDelay();
      if (crawlDelay > 0 && crawlDelay > delay.toMillis()) delay = Duration.ofMillis(crawlDelay);
    }
    return withRetries(url, request, validators, delay);
  }

  private FetchResult withRetries(URI url, FetchRequest request, Validators validators, Duration delay)
      throws InterruptedException {
    String hostKey = hostKey(url);
    for (int attempt = 0; ; attempt++) {
      FetchResult result;
      try (HostGate.Turn turn = gate.acquire(hostKey, delay, request.maxConnections())) {
        // Vetted again right before the exchange: the gate may have waited past the JVM's DNS
        // cache lifetime since the first check (a long Crawl-delay), and HttpClient resolves the
        // name itself. Checked here, both lookups fall within one cache entry (see AddressGuard).
        Optional<FetchResult> refused = request.allowPrivateNetwork() ? Optional.empty() : vet(url);
        if (refused.isPresent()) {
          result = refused.get();
        } else {
          turn.sending();
          result = http.exchange(url, request.kind(), request.userAgent(), validators, turn::answered);
        }
        if (result instanceof Failed f && f.retryAfter() != null) turn.pushBack(f.retryAfter());
      }
      if (!(result instanceof Failed f) || !f.retryable() || attempt >= maxRetries) return result;
      if (f.retryAfter() != null && f.retryAfter().compareTo(MAX_RETRY_AFTER) > 0) return result;
      Thread.sleep(backoff(delay, attempt).toMillis());
    }
  }

  private Optional<FetchResult> vet(URI url) {
    try {
      return guard.refusal(url.getHost()).map(why -> new Blocked(url, BlockReason.PRIVATE_ADDRESS, why));
    } catch (UnknownHostException e) {
      return Optional.of(new Failed(url, FailureKind.DNS, 0, "unknown host " + url.getHost(), null));
    }
  }

  /** Exponential backoff from the host's delay, with full jitter between half and all of it. */
  static Duration backoff(Duration delay, int attempt) {
    long base = Math.max(delay.toMillis(), 100L) << Math.min(attempt + 1, 10);
    long capped = Math.min(base, 60_000L);
    return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
  }

  private FetchResult fetchRobots(FetchRequest request) throws InterruptedException {
    FetchResult result = fetch(request);
    robotsObserver.fetched(request, result);
    return result;
  }

  private static FetchRequest robotsRequest(URI robotsUrl, FetchRequest for_) {
    return new FetchRequest(
        robotsUrl, DocumentKind.ROBOTS, for_.sourceId(), for_.allowPrivateNetwork(),
        for_.minDelay(), for_.userAgent(), Validators.NONE, for_.maxConnections());
  }

  /** The product token robots.txt groups are matched against: {@code VigieBot/0.1 (...)} → {@code vigiebot}. */
  static String robotName(String userAgent) {
    String token = userAgent.strip();
    int cut = token.length();
    for (char c : new char[] {'/', ' ', '('}) {
      int i = token.indexOf(c);
      if (i > 0 && i < cut) cut = i;
    }
    return token.substring(0, cut).toLowerCase(Locale.ROOT);
  }

  /** {@code host:port}: the unit of politeness. */
  public static String hostKey(URI url) {
    return url.getHost().toLowerCase(Locale.ROOT) + ":" + port(url);
  }

  static int port(URI url) {
    if (url.getPort() != -1) return url.getPort();
    return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
  }

  /** Hosts holding a turn right now. */
  public int activeHosts() {
    return gate.activeHosts();
  }
}
