package org.vigie.crawler.discover;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.vigie.crawler.dedup.UrlNormalizer;
import org.vigie.crawler.fetch.ContentDecoder;
import org.vigie.crawler.fetch.MediaUrls;

/**
 * Sitemaps, sitemap indexes, gzip sitemaps and Google News sitemaps, read by crawler-commons. A
 * gzip sitemap is inflated here, under the crawler's size limit, before the parser sees it, so a
 * compression bomb stops at the limit. The news publication date, when present, is the hint that
 * an article is new.
 */
public final class SitemapDiscoverer {

  /** What a sitemap document turned out to be. */
  public sealed interface SitemapContent {
    /** A sitemap index: the child sitemaps, most recently modified first. */
    record Index(List<URI> sitemaps) implements SitemapContent {
      public Index {
        sitemaps = List.copyOf(sitemaps);
      }
    }

    record Urls(List<Discovered> urls) implements SitemapContent {
      public Urls {
        urls = List.copyOf(urls);
      }
    }
  }

  /** Entries past this count are ignored: news sitemaps hold at most 1,000, plain ones 50,000. */
  static final int MAX_URLS = 50_000;

  private final long maxBytes;

  public SitemapDiscoverer(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  public SitemapContent discover(byte[] body, String contentType, URI sitemapUrl) throws DiscoveryException {
    if (body.length == 0) throw new DiscoveryException("empty sitemap");
    byte[] xml = body;
    try {
      if (ContentDecoder.looksGzipped(body)) xml = ContentDecoder.gunzip(body, maxBytes);
    } catch (IOException e) {
      throw new DiscoveryException("bad gzip sitemap: " + e.getMessage(), e);
    }
    SiteMapParser parser = new SiteMapParser(false, false);
    parser.enableExtension(Extension.NEWS);
    AbstractSiteMap parsed;
    try {
      URL url = sitemapUrl.toURL();
      parsed = parser.parseSiteMap(plainType(contentType, xml), xml, url);
    } catch (UnknownFormatException | IOException e) {
      throw new DiscoveryException("unreadable sitemap: " + FeedDiscoverer.firstLine(e.getMessage()), e);
    } catch (RuntimeException e) {
      throw new DiscoveryException("unreadable sitemap: " + e.getClass().getSimpleName() + " " + FeedDiscoverer.firstLine(e.getMessage()), e);
    }
    if (parsed instanceof SiteMapIndex index) {
      List<AbstractSiteMap> children = new ArrayList<>(index.getSitemaps());
      children.sort(Comparator.comparing((AbstractSiteMap s) -> s.getLastModified() == null ? 0L : s.getLastModified().getTime()).reversed());
      List<URI> uris = new ArrayList<>();
      for (AbstractSiteMap child : children) toUri(child.getUrl()).ifPresent(uris::add);
      return new SitemapContent.Index(uris);
    }
    if (parsed instanceof SiteMap map) {
      List<Discovered> urls = new ArrayList<>();
      for (SiteMapURL entry : map.getSiteMapUrls()) {
        if (urls.size() >= MAX_URLS) break;
        Optional<URI> u = toUri(entry.getUrl());
        if (u.isEmpty() || MediaUrls.isMedia(u.get())) continue;
        urls.add(new Discovered(u.get(), modified(entry)));
      }
      return new SitemapContent.Urls(urls);
    }
    throw new DiscoveryException("not a sitemap");
  }

  private static String plainType(String contentType, byte[] xml) {
    // The bytes are plain XML now even when the server sent application/gzip.
    if (contentType == null || contentType.isEmpty() || contentType.contains("gzip") || contentType.contains("octet"))
      return "text/xml";
    return contentType;
  }

  private static Instant modified(SiteMapURL entry) {
    ExtensionMetadata[] news = entry.getAttributesForExtension(Extension.NEWS);
    if (news != null) {
      for (ExtensionMetadata m : news) {
        if (m instanceof NewsAttributes n && n.getPublicationDateTime() != null)
          return n.getPublicationDateTime().toInstant();
      }
    }
    return entry.getLastModified() == null ? null : entry.getLastModified().toInstant();
  }

  private static Optional<URI> toUri(URL url) {
    if (url == null) return Optional.empty();
    try {
      return UrlNormalizer.normalize(url.toURI());
    } catch (URISyntaxException e) {
      return UrlNormalizer.normalize(url.toString());
    }
  }
}
