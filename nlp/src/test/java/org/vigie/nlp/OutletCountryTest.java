package org.vigie.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.Article;
import org.vigie.core.Entity;
import org.vigie.core.TextBlock;
import org.vigie.nlp.entities.KnowledgeBaseLoader;

/** The pipeline reads an article with its outlet's country, found by the article's source id. */
class OutletCountryTest {
  private static NlpPipeline pipeline;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = OutletCountryTest.class.getResourceAsStream("/kb/shared-institution-names-kb.yml")) {
      Clock clock = Clock.fixed(Instant.parse("2026-01-20T10:00:00Z"), ZoneOffset.UTC);
      pipeline =
          NlpResources.withKnowledgeBase(KnowledgeBaseLoader.load(in, "shared-institution-names-kb.yml"))
              .pipeline("0.1.0-test", clock)
              .withCountryByOutlet(Map.of("london-paper", "GB", "wellington-paper", "NZ"));
    }
  }

  private static List<String> ids(String sourceId) {
    return pipeline.annotate(article(sourceId), "en").entities().stream().map(Entity::id).toList();
  }

  private static Article article(String sourceId) {
    return
        new Article(
            null, URI.create("https://" + sourceId + ".example/moj"), null, sourceId, "Deepfake abuse to become a crime",
            null, List.of(), null, null, null, null,
            List.of(TextBlock.paragraph("The Ministry of Justice said offenders could face up to two years in prison.")),
            Instant.parse("2026-01-12T09:00:00Z"), null, null);
  }

  @Test
  void the_same_article_from_two_outlets_names_each_outlets_ministry() {
    assertThat(ids("london-paper")).contains("government/uk-ministry-of-justice").doesNotContain("government/nz-ministry-of-justice");
    assertThat(ids("wellington-paper")).contains("government/nz-ministry-of-justice").doesNotContain("government/uk-ministry-of-justice");
  }

  @Test
  void a_country_given_for_a_page_outside_the_sources_decides_the_same_way() {
    List<String> ids = pipeline.annotate(article("unknown-site"), "en", "NZ").entities().stream().map(Entity::id).toList();
    assertThat(ids).contains("government/nz-ministry-of-justice").doesNotContain("government/uk-ministry-of-justice");
  }
}
