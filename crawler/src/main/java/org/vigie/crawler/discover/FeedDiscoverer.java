package org.vigie.crawler.discover;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigie.crawler.dedup.UrlNormalizer;
import org.vigie.crawler.fetch.MediaUrls;

/**
 * Article links from RSS 0.9x, 1.0 and 2.0 and Atom feeds, read by ROME. Doctypes are refused, so
 * XML external entities (XXE) and entity-expansion bombs never get parsed. Enclosures and media
 * links are ignored: only each entry's own page is kept.
 */
public final class FeedDiscoverer {

  /** A feed with more entries than this is hostile or broken; the rest is ignored. */
  static final int MAX_ENTRIES = 5_000;

  public List<Discovered> discover(byte[] body, URI feedUrl) throws DiscoveryException {
    if (body.length == 0) throw new DiscoveryException("empty feed");
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      input.setXmlHealerOn(true);
      feed = input.build(new XmlReader(new ByteArrayInputStream(body), true));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new DiscoveryException("unreadable feed: " + firstLine(e.getMessage()), e);
    } catch (RuntimeException e) {
      // ROME and JDOM throw assorted unchecked exceptions on broken XML; none may stop a run.
      throw new DiscoveryException("unreadable feed: " + e.getClass().getSimpleName() + " " + firstLine(e.getMessage()), e);
    }
    Map<URI, Discovered> found = new LinkedHashMap<>();
    List<SyndEntry> entries = feed.getEntries();
    for (int i = 0; i < entries.size() && i < MAX_ENTRIES; i++) {
      SyndEntry entry = entries.get(i);
      Optional<URI> url = entryUrl(entry, feedUrl);
      if (url.isEmpty() || MediaUrls.isMedia(url.get())) continue;
      found.putIfAbsent(url.get(), new Discovered(url.get(), modified(entry)));
    }
    return new ArrayList<>(found.values());
  }

  private static Optional<URI> entryUrl(SyndEntry entry, URI feedUrl) {
    Optional<URI> url = UrlNormalizer.normalize(feedUrl, entry.getLink());
    if (url.isPresent()) return url;
    for (SyndLink link : entry.getLinks()) {
      if (link.getRel() == null || "alternate".equals(link.getRel())) {
        url = UrlNormalizer.normalize(feedUrl, link.getHref());
        if (url.isPresent()) return url;
      }
    }
    // RSS guid with isPermaLink, surfaced by ROME as the entry URI.
    return UrlNormalizer.normalize(feedUrl, entry.getUri());
  }

  private static Instant modified(SyndEntry entry) {
    Date d = entry.getUpdatedDate() != null ? entry.getUpdatedDate() : entry.getPublishedDate();
    return d == null ? null : d.toInstant();
  }

  static String firstLine(String s) {
    if (s == null) return "";
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 300 ? line.substring(0, 300) : line;
  }
}
