package org.vigie.crawler.extract;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * The titles a page declares, source by source, exactly as the headline vote receives them (outlet
 * name cut, {@code <h1>} kicker left out). For evaluations that ask which source a reviewed title
 * comes from; extraction itself goes through {@link JsoupArticleExtractor}.
 */
public final class DeclaredTitles {
  /** Source names, in the vote's tie order: "h1", "json-ld", "og:title", "twitter:title", "meta title", "title". */
  public static final List<String> SOURCES = HeadlineVote.SOURCES;

  private DeclaredTitles() {}

  /** Each source the page has, in {@link #SOURCES} order, with its title. */
  public static Map<String, String> of(String html, URI url) {
    PageSignals s = PageSignals.of(Jsoup.parse(html, url.toString()));
    String[] values = HeadlineVote.candidates(s, JsonLdReader.read(s.jsonLd), MetadataReader.siteName(s));
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null && !values[i].isBlank()) {
        out.put(SOURCES.get(i), values[i]);
      }
    }
    return Collections.unmodifiableMap(out);
  }
}
