package org.vigie.crawler.dedup;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code <link rel="canonical">} of a fetched page, read from the start of its bytes without
 * a full parse (the crawler does this for every page, so it must stay cheap), resolved and
 * {@linkplain UrlNormalizer normalised}. It is a dedup key only: the crawler never fetches it,
 * because a page may name any host as its canonical.
 *
 * <p>A canonical pointing at the site's home page from a deeper page is ignored, as {@code
 * CanonicalUrlResolver} does for extraction: that template mistake would otherwise make every
 * article of the site a duplicate of the first.
 */
public final class CanonicalLink {

  /** Canonical links live in {@code <head>}; past this many bytes we stop looking. */
  static final int HEAD_BYTES = 64 * 1024;

  private static final Pattern LINK = Pattern.compile("<link\\b[^>]{0,2000}>", Pattern.CASE_INSENSITIVE);
  private static final Pattern REL = attribute("rel");
  private static final Pattern HREF = attribute("href");

  private CanonicalLink() {}

  /** The normalised canonical URL the page declares; empty when none, or unusable. */
  public static Optional<URI> find(byte[] body, Charset charset, URI pageUrl) {
    String head = new String(body, 0, Math.min(body.length, HEAD_BYTES), charset);
    int end = indexOfIgnoreCase(head, "</head");
    if (end >= 0) head = head.substring(0, end);
    Matcher m = LINK.matcher(head);
    while (m.find()) {
      String tag = m.group();
      String rel = value(REL, tag);
      if (rel == null || !hasToken(rel, "canonical")) continue;
      String href = value(HREF, tag);
      if (href == null) return Optional.empty();
      Optional<URI> url = UrlNormalizer.normalize(pageUrl, href.replace("&amp;", "&"));
      return url.filter(u -> !pointsHomeFromDeeper(u, pageUrl));
    }
    return Optional.empty();
  }

  /** The dedup key of a page: its canonical URL, or its own (final, normalised) URL. */
  public static URI key(byte[] body, Charset charset, URI pageUrl) {
    return find(body, charset, pageUrl).orElseGet(() -> UrlNormalizer.normalize(pageUrl).orElse(pageUrl));
  }

  private static boolean pointsHomeFromDeeper(URI canonical, URI page) {
    return isRoot(canonical) && canonical.getRawQuery() == null && !isRoot(page);
  }

  private static boolean isRoot(URI u) {
    String p = u.getRawPath();
    return p == null || p.isEmpty() || p.equals("/");
  }

  private static Pattern attribute(String name) {
    return Pattern.compile("\\s" + name + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))", Pattern.CASE_INSENSITIVE);
  }

  private static String value(Pattern attribute, String tag) {
    Matcher m = attribute.matcher(tag);
    if (!m.find()) return null;
    for (int g = 1; g <= 3; g++) if (m.group(g) != null) return m.group(g).strip();
    return null;
  }

  private static boolean hasToken(String rel, String token) {
    for (String t : rel.toLowerCase(Locale.ROOT).split("\\s+")) if (t.equals(token)) return true;
    return false;
  }

  private static int indexOfIgnoreCase(String s, String what) {
    return s.toLowerCase(Locale.ROOT).indexOf(what);
  }
}
