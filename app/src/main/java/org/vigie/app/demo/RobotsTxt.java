package org.vigie.app.demo;

import java.util.Collection;

/** An outlet's robots.txt: its groups from {@code outlets.yml}, then one {@code Sitemap:} line. */
final class RobotsTxt {
  private RobotsTxt() {}

  static String write(DemoOutlet outlet, String baseUrl, Collection<String> sitemapPaths) {
    StringBuilder r = new StringBuilder("# robots.txt for www.").append(outlet.id()).append(".example\n");
    for (DemoOutlet.RobotsGroup g : outlet.robots()) {
      r.append("\nUser-agent: ").append(g.userAgent()).append('\n');
      if (g.crawlDelaySeconds() != null) r.append("Crawl-delay: ").append(g.crawlDelaySeconds()).append('\n');
      g.allow().forEach(p -> r.append("Allow: ").append(p).append('\n'));
      g.disallow().forEach(p -> r.append("Disallow: ").append(p).append('\n'));
    }
    r.append('\n');
    sitemapPaths.forEach(p -> r.append("Sitemap: ").append(baseUrl).append(p).append('\n'));
    return r.toString();
  }
}
