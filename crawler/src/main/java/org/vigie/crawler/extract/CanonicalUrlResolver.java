package org.vigie.crawler.extract;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The page's canonical URL: {@code <link rel=canonical>}, then {@code og:url}, then the JSON-LD
 * {@code mainEntityOfPage}, resolved against the fetched URL. A declared URL is refused when it
 * is not http(s), or when it points at the site's home page while the page itself is deeper — a
 * common template mistake that would merge every article of a site into one id.
 */
final class CanonicalUrlResolver {
  private CanonicalUrlResolver() {}

  static URI resolve(URI fetched, String... declared) {
    for (String d : declared) {
      URI u = accept(fetched, d);
      if (u != null) {
        return u;
      }
    }
    return fetched;
  }

  private static URI accept(URI fetched, String declared) {
    if (declared == null || declared.isBlank()) {
      return null;
    }
    try {
      URI u = fetched.resolve(new URI(declared.strip().replace(" ", "%20")));
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
        return null;
      }
      boolean declaredIsRoot = u.getPath() == null || u.getPath().isEmpty() || u.getPath().equals("/");
      boolean fetchedIsRoot = fetched.getPath() == null || fetched.getPath().isEmpty() || fetched.getPath().equals("/");
      if (declaredIsRoot && !fetchedIsRoot && u.getQuery() == null) {
        return null;
      }
      return u.normalize();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
