package org.vigie.app;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.vigie.core.config.VigieConfig;
import org.vigie.crawler.Crawler;
import org.vigie.crawler.dedup.MinHashStoryGrouper;
import org.vigie.crawler.extract.ArticleExtractor;
import org.vigie.crawler.extract.JsoupArticleExtractor;
import org.vigie.nlp.NlpPipeline;
import org.vigie.nlp.NlpResources;
import org.vigie.nlp.entities.KnowledgeBase;
import org.vigie.nlp.entities.KnowledgeBaseLoader;
import org.vigie.search.ArticleIndex;
import org.vigie.search.elasticsearch.ElasticsearchArticleIndex;
import org.vigie.search.lucene.LuceneArticleIndex;

/**
 * The composition root: builds each stage from its own settings, once, on first use, and closes
 * what it opened in reverse order. Backends are chosen here by a switch, never by class names in
 * configuration.
 */
public final class Components implements AutoCloseable {
  private final VigieConfig config;
  private final Map<String, String> countryByOutlet;
  private final List<AutoCloseable> opened = new ArrayList<>();
  private NlpResources nlp;
  private KnowledgeBase kb;
  private NlpPipeline annotator;
  private ArticleIndex index;
  private Crawler crawler;
  private ArticleExtractor extractor;
  private MinHashStoryGrouper storyGrouper;

  /** @param countryByOutlet each source's country, indexed for the country filter */
  public Components(VigieConfig config, Map<String, String> countryByOutlet) {
    this.config = config;
    this.countryByOutlet = Map.copyOf(countryByOutlet);
  }

  public VigieConfig config() {
    return config;
  }

  public synchronized NlpResources nlp() {
    if (nlp == null) nlp = NlpResources.withKnowledgeBase(kb());
    return nlp;
  }

  /**
   * The knowledge base alone: what the search commands need (cross-lingual expansion, case
   * files), without loading the language, sentence and name-finder models.
   */
  public synchronized KnowledgeBase kb() {
    if (kb == null) kb = nlp != null ? nlp.kb() : KnowledgeBaseLoader.loadDefault();
    return kb;
  }

  public synchronized NlpPipeline annotator() {
    // the outlet's country decides whose "Ministry of Justice" a shared name is
    if (annotator == null) annotator = nlp().pipeline(VigieVersion.current().full(), Clock.systemUTC()).withCountryByOutlet(countryByOutlet);
    return annotator;
  }

  public synchronized ArticleExtractor extractor() {
    // The outlet's country is the time zone of times printed without one (a Dublin page's
    // "14:50" is Irish time, not UTC).
    if (extractor == null) extractor = new JsoupArticleExtractor(JsoupArticleExtractor.DEFAULT_MAX_CHARS, countryByOutlet);
    return extractor;
  }

  public synchronized ArticleIndex index() {
    if (index == null) {
      index =
          track(
              () ->
                  switch (config.search().backend()) {
                    case "lucene" -> LuceneArticleIndex.open(config.dataDir().resolve("index"), kb(), countryByOutlet);
                    case "elasticsearch" -> ElasticsearchArticleIndex.connect(config.search(), kb(), countryByOutlet);
                    default ->
                        throw new IllegalArgumentException(
                            "unknown search.backend '" + config.search().backend() + "' (lucene or elasticsearch)");
                  });
    }
    return index;
  }

  public synchronized Crawler crawler() {
    if (crawler == null) crawler = track(() -> new Crawler(config.crawler(), config.dataDir()));
    return crawler;
  }

  /**
   * Groups wire copies into one story id, in the crawler's database (opened by {@link #crawler()}
   * if not yet), so grouping survives restarts and a reprocessed article keeps its story.
   */
  public synchronized MinHashStoryGrouper storyGrouper() {
    if (storyGrouper == null) storyGrouper = new MinHashStoryGrouper(crawler().database());
    return storyGrouper;
  }

  private <T extends AutoCloseable> T track(Supplier<T> opener) {
    T component = opener.get();
    opened.add(component);
    return component;
  }

  @Override
  public synchronized void close() {
    RuntimeException first = null;
    for (int i = opened.size() - 1; i >= 0; i--) {
      try {
        opened.get(i).close();
      } catch (Exception e) {
        if (first == null) first = new IllegalStateException("closing " + opened.get(i).getClass().getSimpleName(), e);
      }
    }
    opened.clear();
    if (first != null) throw first;
  }
}
