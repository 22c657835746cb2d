package org.vigie.crawler.extract;

import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.Article;
import org.vigie.core.Article.ExtractionStatus;
import org.vigie.core.FetchedPage;
import org.vigie.core.Source;
import org.vigie.core.TextBlock;

/**
 * The article extractor, on jsoup: metadata first, from the untouched page ({@link
 * MetadataReader}); then boilerplate pruned ({@link BoilerplatePruner}), the text container
 * located by scoring ({@link MainTextLocator}), cut into blocks ({@link BlockCollector}) and
 * filtered ({@link BlockFilter}). Thread-safe and stateless; one instance serves a crawl.
 */
public final class JsoupArticleExtractor implements ArticleExtractor {
  private static final Logger LOG = LoggerFactory.getLogger(JsoupArticleExtractor.class);
  /** Default cut for huge pages (characters). */
  public static final int DEFAULT_MAX_CHARS = 4_000_000;
  /** Below this many characters the strict pass is retried without class-name pruning. */
  private static final int RETRY_BELOW_CHARS = 250;

  private final int maxChars;
  private final Map<String, String> countryBySource;

  public JsoupArticleExtractor() {
    this(DEFAULT_MAX_CHARS, Map.of());
  }

  /** @param maxChars pages longer than this are cut before parsing (see {@link InputCheck}) */
  public JsoupArticleExtractor(int maxChars) {
    this(maxChars, Map.of());
  }

  /**
   * @param maxChars pages longer than this are cut before parsing (see {@link InputCheck})
   * @param countryBySource each outlet's country ({@link Source#country()}) by source id: a time
   *     printed without a zone ("14:50") is read in that country's zone when the markup declares no
   *     region of its own
   */
  public JsoupArticleExtractor(int maxChars, Map<String, String> countryBySource) {
    if (maxChars < 1024) {
      throw new IllegalArgumentException("maxChars must be at least 1024: " + maxChars);
    }
    this.maxChars = maxChars;
    this.countryBySource = Map.copyOf(countryBySource);
  }

  /** An extractor that knows the configured outlets' countries (see the constructor). */
  public static JsoupArticleExtractor forSources(Collection<Source> sources) {
    Map<String, String> countries = new HashMap<>();
    for (Source s : sources) {
      if (s.country() != null && !s.country().isBlank()) {
        countries.put(s.id(), s.country());
      }
    }
    return new JsoupArticleExtractor(DEFAULT_MAX_CHARS, countries);
  }

  @Override
  public Article extract(FetchedPage page) {
    return extract(page.text(), page.url(), page.fetchedAt(), page.sourceId(), page.contentType());
  }

  /**
   * Extracts from markup already decoded.
   *
   * @param url where the page came from: relative links and the canonical URL resolve against it,
   *     and it becomes the article's URL
   * @param fetchedAt when it was fetched: "3 hours ago" is resolved against it
   */
  public Article extract(String html, URI url, Instant fetchedAt) {
    return extract(html, url, fetchedAt, null, null);
  }

  private Article extract(String html, URI url, Instant fetchedAt, String sourceId, String contentType) {
    InputCheck check = InputCheck.of(html, contentType, maxChars);
    return switch (check) {
      case InputCheck.Refuse r -> empty(url, fetchedAt, sourceId, r.status());
      case InputCheck.Parse p -> {
        try {
          yield parse(p.html(), url, fetchedAt, sourceId);
        } catch (RuntimeException | StackOverflowError e) {
          // A page must never stop a crawl: whatever jsoup or a rule trips on, the page is
          // recorded as empty and the crawl goes on.
          LOG.warn("extraction failed for {}: {}", url, e.toString());
          yield empty(url, fetchedAt, sourceId, ExtractionStatus.EMPTY_TEXT);
        }
      }
    };
  }

  private Article parse(String html, URI url, Instant fetchedAt, String sourceId) {
    Document doc = Jsoup.parse(html, url.toString());
    PageSignals signals = PageSignals.of(doc);
    String country = sourceId == null ? null : countryBySource.get(sourceId);
    PageMetadata meta = MetadataReader.read(signals, url, fetchedAt, country);
    List<TextBlock> blocks = mainText(doc, meta, signals.textChars);
    if (chars(blocks) < RETRY_BELOW_CHARS) {
      // Class-name pruning can take the article with it (a body inside "has-sidebar" on a short
      // page): try again without it, on a fresh tree, and keep the longer text.
      List<TextBlock> lenient = mainText(Jsoup.parse(html, url.toString()), meta, Integer.MAX_VALUE / 2);
      if (chars(lenient) > chars(blocks)) {
        blocks = lenient;
      }
    }
    if (meta.ledePrinted()) {
      // A printed standfirst is the lede field; a declared summary that repeats the first
      // paragraph leaves that paragraph in the body, where the article prints it.
      blocks = withoutLede(blocks, meta.lede());
    }
    return new Article(
        null,
        url,
        meta.canonicalUrl(),
        sourceId,
        meta.title(),
        meta.lede(),
        meta.authors(),
        meta.publishedAt(),
        meta.updatedAt(),
        meta.section(),
        meta.languageHint(),
        blocks,
        fetchedAt,
        null,
        null);
  }

  /**
   * @param pageChars the page's visible text size; class-named boilerplate holding 40 % of it is
   *     spared, so a huge value turns class-name pruning off
   */
  private static List<TextBlock> mainText(Document doc, PageMetadata meta, int pageChars) {
    Element body = doc.body();
    if (body == null) {
      return List.of();
    }
    body.filter(new BoilerplatePruner(pageChars));
    TextStats stats = TextStats.of(body);
    List<Element> containers = MainTextLocator.locate(body, stats);
    return BlockFilter.filter(BlockCollector.collect(containers), meta.title());
  }

  private static List<TextBlock> withoutLede(List<TextBlock> blocks, String lede) {
    if (blocks.isEmpty() || lede == null) {
      return blocks;
    }
    String first = blocks.get(0).text().toLowerCase(Locale.ROOT);
    return first.equals(lede.strip().toLowerCase(Locale.ROOT)) ? blocks.subList(1, blocks.size()) : blocks;
  }

  private static int chars(List<TextBlock> blocks) {
    int n = 0;
    for (TextBlock b : blocks) {
      n += b.text().length();
    }
    return n;
  }

  private static Article empty(URI url, Instant fetchedAt, String sourceId, ExtractionStatus status) {
    return new Article(
        null, url, url, sourceId, "", null, List.of(), null, null, null, null, List.of(), fetchedAt,
        null, status);
  }
}
