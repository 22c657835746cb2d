package org.vigie.crawler.dedup;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;
import org.vigie.core.Article;
import org.vigie.crawler.state.CrawlDatabase;

/**
 * Groups near-duplicate articles (wire copies: one AFP, Reuters or PA dispatch republished by
 * several outlets under their own headline, dateline and cuts) into one {@link Article#storyId()}.
 *
 * <p>Technique: MinHash over the normalised word 5-gram {@link WordShingles} of title and body
 * ({@link MinHashSignature}: 128 hashes), LSH banding (32 bands × 4 rows) in the crawler database
 * to find candidates without comparing against every stored article, and a threshold on the
 * estimated Jaccard similarity. A new article joins the story of its most similar candidate at or
 * above {@link #DEFAULT_THRESHOLD}; otherwise it starts a story named {@code s-} + its own id.
 * Only articles of one language are compared ({@link LanguageKey}): a translation is coverage of
 * the same event, not a copy.
 *
 * <p>Idempotent by article id: an article grouped before keeps its story id, whatever its text is
 * now. Thread-safe: the signature is computed outside any lock; the lookup and the insert run in
 * one transaction under one lock, so two copies arriving at once cannot both start a story. The
 * lock is per instance: open one grouper per database (the H2 file admits one process).
 */
public final class MinHashStoryGrouper implements UnaryOperator<Article> {
  /**
   * The estimated Jaccard similarity from which two texts are copies. Wire copies measure
   * 0.64–0.99 (headline, dateline, one sentence added or cut), texts on the same event written
   * apart ≤ 0.05 (demo corpus, exact word 5-gram Jaccard): 0.5 sits in the gap, more than three
   * standard errors of the 128-hash estimate (0.042 at J = 0.64) from the least similar copy, and
   * keeps a copy that lost a third of the dispatch.
   */
  public static final double DEFAULT_THRESHOLD = 0.5;

  private final StoryStore store;
  private final double threshold;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();

  /** @param db the crawler's database: membership lives beside the crawl state (migration V3) */
  public MinHashStoryGrouper(CrawlDatabase db) {
    this(db, DEFAULT_THRESHOLD, Clock.systemUTC());
  }

  /** @param threshold the estimated Jaccard similarity from which an article joins a story; for evaluations */
  public MinHashStoryGrouper(CrawlDatabase db, double threshold, Clock clock) {
    if (!(threshold > 0 && threshold <= 1)) throw new IllegalArgumentException("threshold in (0, 1], not " + threshold);
    this.store = new StoryStore(Objects.requireNonNull(db, "db"));
    this.threshold = threshold;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The article with its story id.
   *
   * @throws IllegalStateException when the database cannot be read or written; the pipeline
   *     counts the page as failed, and {@code vigie reprocess} can group it later
   */
  @Override
  public Article apply(Article article) {
    return article.withStoryId(assign(article).storyId());
  }

  /** The story of {@code article}, and how it was decided. */
  public StoryDecision assign(Article article) {
    String id = article.id();
    try {
      Optional<String> known = store.database().inTransaction(c -> store.storyOf(c, id));
      if (known.isPresent()) return new StoryDecision.Known(known.get());

      String text = WordShingles.normalise(article.title() + "\n" + article.bodyText());
      String language = LanguageKey.of(text, article.languageHint());
      long[] shingles = WordShingles.ofNormalised(text);
      Optional<MinHashSignature> signature =
          shingles.length == 0 ? Optional.empty() : Optional.of(MinHashSignature.of(shingles));
      long[] bands = signature.map(s -> s.bandKeys(language)).orElse(new long[0]);

      lock.lock();
      try {
        return store.database().inTransaction(c -> {
          Optional<String> raced = store.storyOf(c, id);
          if (raced.isPresent()) return new StoryDecision.Known(raced.get());
          StoryDecision decision = signature.isEmpty() ? started(id) : decide(id, signature.get(), store.candidates(c, bands));
          store.insert(c, id, decision.storyId(), language, signature, bands, clock.instant());
          return decision;
        });
      } finally {
        lock.unlock();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("story grouping of " + article.url() + " failed: " + e.getMessage(), e);
    }
  }

  private StoryDecision decide(String id, MinHashSignature signature, List<StoryStore.Candidate> candidates) {
    StoryStore.Candidate best = null;
    double bestSimilarity = -1;
    for (StoryStore.Candidate c : candidates) {
      if (c.articleId().equals(id)) continue;
      double s = signature.similarity(c.signature());
      // Ties go to the smaller story id, so the choice does not depend on the database's row order.
      if (s > bestSimilarity || (s == bestSimilarity && c.storyId().compareTo(best.storyId()) < 0)) {
        best = c;
        bestSimilarity = s;
      }
    }
    if (best != null && bestSimilarity >= threshold) return new StoryDecision.Joined(best.storyId(), best.articleId(), bestSimilarity);
    return started(id);
  }

  private static StoryDecision started(String id) {
    return new StoryDecision.Started("s-" + id);
  }
}
