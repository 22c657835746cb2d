package org.vigie.app.demo;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One fictional outlet of the demo corpus, as described in {@code demo/outlets.yml}.
 *
 * <p>Everything that makes the outlet's site look like a different publisher lives here: its URL
 * scheme, feed and sitemap flavours, the way it prints dates, which machine-readable metadata it
 * offers and what its robots.txt forbids. The replay server never invents any of it.
 *
 * @param zone the outlet's newsroom time zone; visible dates are printed in it whatever offset
 *     the article file uses (a wire copy filed in UTC still shows local time)
 * @param articlePath the article URL path with placeholders {@code {section}}, {@code {yyyy}},
 *     {@code {MM}}, {@code {dd}}, {@code {mon}} (three-letter English month), {@code {slug}} and
 *     {@code {id}} (a stable six-digit number derived from the slug)
 * @param metadata which machine-readable date and article metadata the pages carry
 */
public record DemoOutlet(
    String id,
    String name,
    String country,
    String language,
    ZoneId zone,
    FeedType feedType,
    String feedPath,
    SitemapType sitemapType,
    String sitemapPath,
    DateStyle dateStyle,
    Metadata metadata,
    String articlePath,
    List<Section> sections,
    List<RobotsGroup> robots) {

  public DemoOutlet {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(feedType, "feedType");
    Objects.requireNonNull(sitemapType, "sitemapType");
    Objects.requireNonNull(dateStyle, "dateStyle");
    Objects.requireNonNull(metadata, "metadata");
    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) throw new IllegalArgumentException("bad outlet id " + id);
    requirePath(feedPath, "feedPath");
    requirePath(sitemapPath, "sitemapPath");
    requirePath(articlePath, "articlePath");
    if (!articlePath.contains("{slug}")) {
      throw new IllegalArgumentException("articlePath of " + id + " lacks {slug}: " + articlePath);
    }
    sections = List.copyOf(sections);
    robots = List.copyOf(robots);
    if (sections.isEmpty()) throw new IllegalArgumentException("outlet " + id + " has no section");
  }

  private static void requirePath(String path, String field) {
    if (path == null || !path.startsWith("/")) {
      throw new IllegalArgumentException(field + " must start with '/': " + path);
    }
  }

  /** The outlet's public home, so that canonical URLs and article ids do not depend on the port. */
  public URI canonicalBase() {
    return URI.create("https://www." + id + ".example");
  }

  public Optional<Section> section(String sectionName) {
    return sections.stream().filter(s -> s.name().equals(sectionName)).findFirst();
  }

  /**
   * Returns this outlet with a section for each of {@code names} it lacks, outside the menu: an
   * article may be filed under a section the menu does not show, as on real sites.
   */
  public DemoOutlet withSections(java.util.Collection<String> names) {
    List<Section> all = new java.util.ArrayList<>(sections);
    for (String n : names) {
      if (section(n).isEmpty() && all.stream().noneMatch(s -> s.name().equals(n))) {
        all.add(new Section(n, OutletsReader.slug(n), false));
      }
    }
    return new DemoOutlet(id, name, country, language, zone, feedType, feedPath, sitemapType,
        sitemapPath, dateStyle, metadata, articlePath, all, robots);
  }

  /**
   * A section of the outlet; {@code slug} is the path segment of its index page, {@code inMenu}
   * whether the site's navigation links to it.
   */
  public record Section(String name, String slug, boolean inMenu) {
    public Section {
      Objects.requireNonNull(name, "name");
      if (slug == null || !slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
        throw new IllegalArgumentException("bad section slug for " + name + ": " + slug);
      }
    }

    public String indexPath() {
      return "/" + slug + "/";
    }
  }

  /** One {@code User-agent} group of robots.txt. */
  public record RobotsGroup(
      String userAgent, List<String> allow, List<String> disallow, Integer crawlDelaySeconds) {
    public RobotsGroup {
      Objects.requireNonNull(userAgent, "userAgent");
      allow = List.copyOf(allow == null ? List.of() : allow);
      disallow = List.copyOf(disallow == null ? List.of() : disallow);
    }
  }

  public enum FeedType {
    RSS,
    ATOM
  }

  /** A plain {@code urlset}, an index of per-year {@code urlset}s, or a Google News sitemap. */
  public enum SitemapType {
    SITEMAP,
    INDEX,
    NEWS
  }

  /**
   * What a page tells machines. {@code VISIBLE_DATE_ONLY} outlets omit JSON-LD, microdata,
   * {@code article:published_time} and {@code <time datetime>}, so an extractor has to read the
   * printed date phrase.
   */
  public enum Metadata {
    JSON_LD,
    MICRODATA,
    VISIBLE_DATE_ONLY
  }
}
