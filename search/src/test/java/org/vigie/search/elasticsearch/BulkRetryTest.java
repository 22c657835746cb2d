package org.vigie.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigie.core.AnnotatedArticle;
import org.vigie.core.Article;
import org.vigie.search.Fixtures;
import org.vigie.search.IndexingException;
import org.vigie.search.elasticsearch.testnode.SharedNode;

/**
 * Bulk indexing through {@link FlakyProxy} in front of the real test node: 429s, then a bulk whose
 * response is lost after the node applied it. Nothing may be dropped, and the one article the node
 * rejects for good must be named in the {@link IndexingException}.
 */
class BulkRetryTest {

  @Test
  void nothing_is_dropped_on_429_and_connection_loss_and_a_rejected_article_is_reported() throws Exception {
    String node = SharedNode.get().httpUrl();
    List<AnnotatedArticle> articles = new ArrayList<>();
    // a story id past Lucene's 32,766-byte term limit: the node rejects this one item with a 400, for good
    AnnotatedArticle rejected = withStory(Fixtures.EN_SPORT, "immense-story-" + "x".repeat(40_000));
    articles.add(rejected);
    for (int i = 0; i < 2_499; i++) articles.add(copy(Fixtures.all().get(i % Fixtures.all().size()), i));
    try (FlakyProxy proxy = new FlakyProxy(node, 3);
        ElasticsearchClient viaProxy = ElasticsearchClient.of(b -> b.host(proxy.url()));
        ElasticsearchClient direct = ElasticsearchClient.of(b -> b.host(node));
        ElasticsearchArticleIndex index = new ElasticsearchArticleIndex(viaProxy, proxy.url(), "vigie-bulk-retry", Fixtures.CATALOG,
            Fixtures.COUNTRIES, new BulkWriter.RetryPolicy(8, Duration.ofMillis(20), Duration.ofMillis(200)), false)) {

      IndexingException e = catchThrowableOfType(IndexingException.class, () -> index.indexAll(articles));

      assertThat(proxy.rejected.get()).as("429s answered").isEqualTo(3);
      assertThat(proxy.dropped.get()).as("responses lost after the bulk was applied").isEqualTo(1);
      assertThat(e).as("the rejected article is reported").isNotNull();
      assertThat(e.failures()).hasSize(1);
      assertThat(e.failures().getFirst().articleId()).isEqualTo(rejected.id());
      assertThat(e.failures().getFirst().reason()).startsWith("400");
      direct.indices().refresh(r -> r.index("vigie-bulk-retry"));
      // every other article is there exactly once (ids are unique, so a count is a set check)
      assertThat(direct.count(c -> c.index("vigie-bulk-retry")).count()).isEqualTo(articles.size() - 1);
      for (AnnotatedArticle a : List.of(articles.get(1), articles.get(1_200), articles.getLast())) {
        assertThat(index.get(a.id())).contains(a);
      }
      assertThat(index.get(rejected.id())).isEmpty();
    }
  }

  private static AnnotatedArticle copy(AnnotatedArticle a, int n) {
    Article o = a.article();
    Article c = new Article("bulk-" + n, o.url(), o.canonicalUrl(), o.sourceId(), o.title() + " " + n, o.lede(), o.authors(), o.publishedAt(),
        o.updatedAt(), o.section(), o.languageHint(), o.blocks(), o.fetchedAt(), o.storyId(), o.status());
    return new AnnotatedArticle(c, a.language(), a.languageConfidence(), a.entities(), a.stances(), a.actions(), a.topics(), a.relevance(),
        a.provenance());
  }

  private static AnnotatedArticle withStory(AnnotatedArticle a, String story) {
    Article o = a.article();
    Article c = new Article("bulk-rejected", o.url(), o.canonicalUrl(), o.sourceId(), o.title(), o.lede(), o.authors(), o.publishedAt(),
        o.updatedAt(), o.section(), o.languageHint(), o.blocks(), o.fetchedAt(), story, o.status());
    return new AnnotatedArticle(c, a.language(), a.languageConfidence(), a.entities(), a.stances(), a.actions(), a.topics(), a.relevance(),
        a.provenance());
  }
}
