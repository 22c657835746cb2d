package org.vigie.crawler.discover;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.vigie.crawler.dedup.UrlNormalizer;
import org.vigie.crawler.fetch.MediaUrls;

/**
 * Article links on a section page (a "Tech" or "Société" front), read with jsoup and kept when
 * they match the source's URL pattern. Only {@code <a href>} is read: images and embeds are not
 * links to articles.
 */
public final class SectionPageDiscoverer {

  static final int MAX_LINKS = 2_000;

  public List<Discovered> discover(byte[] body, Charset charset, URI pageUrl, Pattern articlePattern) {
    Document doc = Jsoup.parse(new String(body, charset), pageUrl.toString());
    Set<URI> found = new LinkedHashSet<>();
    for (Element a : doc.select("a[href]")) {
      if (found.size() >= MAX_LINKS) break;
      Optional<URI> url = UrlNormalizer.normalize(pageUrl, a.attr("href"));
      if (url.isEmpty() || url.get().equals(pageUrl) || MediaUrls.isMedia(url.get())) continue;
      if (!articlePattern.matcher(url.get().toString()).find()) continue;
      found.add(url.get());
    }
    List<Discovered> out = new ArrayList<>(found.size());
    for (URI u : found) out.add(new Discovered(u, null));
    return out;
  }
}
