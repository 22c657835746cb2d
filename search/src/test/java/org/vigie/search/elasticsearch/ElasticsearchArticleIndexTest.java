package org.vigie.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.search.ArticleIndex;
import org.vigie.search.ArticleIndexContract;
import org.vigie.search.Fixtures;
import org.vigie.search.SearchQuery;
import org.vigie.search.elasticsearch.testnode.SharedNode;

/** The contract against a real Elasticsearch 9.5.3 node in this JVM; one alias per test. */
class ElasticsearchArticleIndexTest extends ArticleIndexContract {
  private static final AtomicInteger N = new AtomicInteger();
  static ElasticsearchClient client;
  static String url;

  @BeforeAll
  static void connect() throws Exception {
    url = SharedNode.get().httpUrl();
    client = ElasticsearchClient.of(b -> b.host(url));
  }

  @AfterAll
  static void disconnect() throws Exception {
    client.close();
  }

  @Override
  protected ArticleIndex newIndex() {
    return new ElasticsearchArticleIndex(client, url, "vigie-test-" + N.incrementAndGet(), Fixtures.CATALOG, Fixtures.COUNTRIES,
        BulkWriter.RetryPolicy.DEFAULT, false);
  }

  @Test
  void writes_go_through_an_alias_and_a_rebuild_swaps_it_without_losing_articles() throws Exception {
    indexFixtures();
    ElasticsearchArticleIndex es = (ElasticsearchArticleIndex) index;
    List<String> before = es.concreteIndices();
    assertThat(before).hasSize(1);
    Thread.sleep(2); // concrete names carry the creation millisecond
    String fresh = es.rebuild();
    assertThat(es.concreteIndices()).containsExactly(fresh).doesNotContainAnyElementsOf(before);
    assertThat(client.indices().exists(e -> e.index(before.getFirst())).value()).isFalse();
    assertThat(index.count()).isEqualTo(Fixtures.all().size());
    assertThat(index.get(Fixtures.FR_FINE.id())).contains(Fixtures.FR_FINE);
    assertThat(index.search(SearchQuery.text("amende DSA")).hits().getFirst().articleId()).isEqualTo(Fixtures.FR_FINE.id());
    index.index(Fixtures.reannotatedTitle(Fixtures.EN_SPORT, "Hurling final"));
    index.refresh();
    assertThat(client.count(c -> c.index(fresh)).count()).isEqualTo(Fixtures.all().size());
  }

  @Test
  void an_article_deleted_while_a_rebuild_copies_stays_deleted() {
    indexFixtures();
    ElasticsearchArticleIndex es = (ElasticsearchArticleIndex) index;
    // the copy has carried FR_FINE into the new index when the delete reaches the old one
    es.rebuild(() -> index.delete(Fixtures.FR_FINE.id()));
    index.refresh();
    assertThat(index.get(Fixtures.FR_FINE.id())).isEmpty();
    assertThat(index.count()).isEqualTo(Fixtures.all().size() - 1);
  }
}
