package org.vigie.app.pipeline;

import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.core.AnnotatedArticle;
import org.vigie.core.Article;
import org.vigie.core.FetchedPage;
import org.vigie.crawler.extract.ArticleExtractor;
import org.vigie.nlp.Annotator;
import org.vigie.search.ArticleIndex;

/**
 * One fetched page through every stage after the fetch: extract → group wire copies → annotate →
 * index. A page that fails a stage is logged with its URL and the reason, and the run goes on.
 */
public final class ArticlePipeline {
  private static final Logger LOG = LoggerFactory.getLogger(ArticlePipeline.class);

  private final ArticleExtractor extractor;
  private final UnaryOperator<Article> storyGrouper;
  private final Annotator annotator;
  private final ArticleIndex index;

  /**
   * @param storyGrouper assigns {@link Article#storyId()} to near-duplicates (wire copies); the
   *     identity when no grouping runs
   */
  public ArticlePipeline(
      ArticleExtractor extractor, UnaryOperator<Article> storyGrouper, Annotator annotator, ArticleIndex index) {
    this.extractor = extractor;
    this.storyGrouper = storyGrouper;
    this.annotator = annotator;
    this.index = index;
  }

  public PageOutcome process(FetchedPage page) {
    try {
      Article article = extractor.extract(page);
      if (article.status() != Article.ExtractionStatus.OK) {
        LOG.warn("skipped {}: {}", page.url(), describe(article.status()));
        return new PageOutcome.Skipped(page.url(), describe(article.status()));
      }
      AnnotatedArticle annotated = annotator.annotate(storyGrouper.apply(article));
      index.index(annotated);
      return new PageOutcome.Indexed(page.url(), annotated);
    } catch (RuntimeException e) {
      String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      LOG.warn("failed {}: {}", page.url(), reason, e);
      return new PageOutcome.Failed(page.url(), reason);
    }
  }

  private static String describe(Article.ExtractionStatus status) {
    return switch (status) {
      case OK -> "ok";
      case EMPTY_TEXT -> "no article text found";
      case NOT_HTML -> "not an HTML page";
    };
  }
}
