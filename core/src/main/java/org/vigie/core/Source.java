package org.vigie.core;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One outlet Vigie watches, as configured in {@code sources.yml}.
 *
 * @param id stable outlet id, used as {@link Article#sourceId()} and in every filter
 * @param languages the languages the outlet publishes in (ISO 639-1), a hint for detection
 * @param country ISO 3166-1 alpha-2 code, or {@code EU} for EU-policy press
 * @param sectionPages pages whose links are scanned for articles, each with the URL pattern an
 *     article link must match
 * @param pollInterval how often the scheduler polls the feeds and sitemaps of this outlet
 * @param politeness per-source overrides of the crawler's politeness defaults
 * @param allowPrivateNetwork whether this source may resolve to loopback or private addresses; off
 *     for real outlets (the SSRF guard), on for the demo replay sites and test servers
 */
public record Source(
    String id,
    String name,
    List<String> languages,
    String country,
    List<URI> feeds,
    List<URI> sitemaps,
    List<SectionPage> sectionPages,
    Duration pollInterval,
    Politeness politeness,
    boolean allowPrivateNetwork) {

  public Source {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) throw new IllegalArgumentException("source id is blank");
    name = name == null ? id : name;
    languages = List.copyOf(languages == null ? List.of() : languages);
    feeds = List.copyOf(feeds == null ? List.of() : feeds);
    sitemaps = List.copyOf(sitemaps == null ? List.of() : sitemaps);
    sectionPages = List.copyOf(sectionPages == null ? List.of() : sectionPages);
    pollInterval = pollInterval == null ? Duration.ofMinutes(15) : pollInterval;
    politeness = politeness == null ? Politeness.DEFAULTS : politeness;
  }

  /** A page listing article links, and the regular expression an article URL must match. */
  public record SectionPage(URI url, String linkPattern) {
    public SectionPage {
      Objects.requireNonNull(url, "url");
      linkPattern = linkPattern == null ? ".*" : linkPattern;
    }
  }

  /**
   * Per-source politeness overrides. A {@code null} field means "use the crawler's default", so
   * that one default can change without rewriting every source.
   */
  public record Politeness(Duration minDelay, Integer maxConnections, String userAgent) {
    public static final Politeness DEFAULTS = new Politeness(null, null, null);
  }
}
