package org.vigie.app.demo;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads {@code outlets.yml} into {@link DemoOutlet}s. */
final class OutletsReader {
  private static final Set<String> FIELDS =
      Set.of(
          "id", "name", "country", "language", "zone", "feed", "sitemap", "dateStyle", "metadata",
          "articlePath", "sections", "robots");

  private OutletsReader() {}

  static List<DemoOutlet> read(YamlFields file) {
    List<DemoOutlet> outlets = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (YamlFields o : file.children("outlets")) {
      DemoOutlet outlet = outlet(o);
      if (!ids.add(outlet.id())) throw o.error("id", "repeats outlet '" + outlet.id() + "'");
      outlets.add(outlet);
    }
    if (outlets.isEmpty()) throw file.error("outlets", "lists no outlet");
    return outlets;
  }

  private static DemoOutlet outlet(YamlFields o) {
    o.rejectUnknown(FIELDS);
    String id = o.matching("id", "[a-z0-9]+(-[a-z0-9]+)*", "lowercase ascii words joined by hyphens");
    ZoneId zone;
    try {
      zone = ZoneId.of(o.text("zone"));
    } catch (DateTimeException e) {
      throw o.error("zone", "is not a time zone id: " + e.getMessage());
    }
    YamlFields feed = o.child("feed");
    YamlFields sitemap = o.child("sitemap");
    List<DemoOutlet.Section> sections = new ArrayList<>();
    Set<String> slugs = new HashSet<>();
    for (String name : o.textList("sections", true)) {
      DemoOutlet.Section section = new DemoOutlet.Section(name, slug(name), true);
      if (!slugs.add(section.slug())) throw o.error("sections", "repeats slug " + section.slug());
      sections.add(section);
    }
    List<DemoOutlet.RobotsGroup> robots = new ArrayList<>();
    for (YamlFields g : o.children("robots")) {
      g.rejectUnknown(Set.of("userAgent", "allow", "disallow", "crawlDelay"));
      robots.add(
          new DemoOutlet.RobotsGroup(
              g.text("userAgent"),
              g.textList("allow", false),
              g.textList("disallow", false),
              g.optionalInt("crawlDelay").orElse(null)));
    }
    try {
      return new DemoOutlet(
          id,
          o.text("name"),
          o.matching("country", "[A-Z]{2}", "a two-letter upper-case code"),
          o.matching("language", "fr|en", "fr or en"),
          zone,
          feed.enumValue("type", DemoOutlet.FeedType.class),
          feed.text("path"),
          sitemap.enumValue("type", DemoOutlet.SitemapType.class),
          sitemap.text("path"),
          o.enumValue("dateStyle", DateStyle.class),
          o.enumValue("metadata", DemoOutlet.Metadata.class),
          o.text("articlePath"),
          sections,
          robots);
    } catch (IllegalArgumentException e) {
      throw new DemoCorpusException("outlet '" + id + "': " + e.getMessage(), e);
    }
  }

  /** "Numérique" → "numerique", "Justice & Home Affairs" → "justice-home-affairs". */
  static String slug(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}
