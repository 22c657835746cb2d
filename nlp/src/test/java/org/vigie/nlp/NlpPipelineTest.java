package org.vigie.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.AnnotatedArticle;
import org.vigie.core.Article;
import org.vigie.core.Entity;
import org.vigie.core.TextBlock;
import org.vigie.core.TextField;
import org.vigie.nlp.entities.KnowledgeBase;
import org.vigie.nlp.entities.KnowledgeBaseLoader;

class NlpPipelineTest {
  private static NlpPipeline pipeline;
  private static KnowledgeBase kb;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = NlpPipelineTest.class.getResourceAsStream("/kb/small-kb.yml")) {
      kb = KnowledgeBaseLoader.load(in, "small-kb.yml");
    }
    Clock clock = Clock.fixed(Instant.parse("2026-01-20T10:00:00Z"), ZoneOffset.UTC);
    pipeline = NlpResources.withKnowledgeBase(kb).pipeline("0.1.0-test", clock);
  }

  static Article article(String url, String title, String lede, String... paragraphs) {
    List<TextBlock> blocks = new ArrayList<>();
    for (String p : paragraphs) blocks.add(TextBlock.paragraph(p));
    return new Article(
        null, URI.create(url), null, "test", title, lede, List.of(), null, null, null, null, blocks,
        Instant.parse("2026-01-12T09:00:00Z"), null, null);
  }

  static final Article FRENCH =
      article(
          "https://example.fr/grok",
          "Grok : Bruxelles ordonne à X de conserver tous ses documents",
          "La Commission européenne veut s’assurer que rien ne disparaîtra.",
          "La Commission européenne a ordonné à X de conserver ses documents relatifs à Grok, a annoncé "
              + "jeudi son porte-parole. L’Arcom suit le dossier de près.",
          "X fait déjà l’objet de plusieurs procédures au titre du DSA.");

  static final Article ENGLISH =
      article(
          "https://example.co.uk/ofcom",
          "Ofcom opens investigation into X over Grok images",
          "The regulator will examine whether X broke the Online Safety Act.",
          "Ofcom said on Monday it had opened a formal investigation into X, formerly Twitter. The "
              + "European Commission has separately ordered X to preserve documents about Grok.");

  @Test
  void annotates_language_entities_and_provenance() {
    AnnotatedArticle a = pipeline.annotate(FRENCH);
    assertThat(a.language()).isEqualTo("fr");
    assertThat(a.languageConfidence()).isGreaterThan(0.8);
    assertThat(a.entities()).extracting(Entity::id)
        .contains("government/european-commission", "platform/x", "ai/grok", "regulator/arcom", "law/eu-dsa");
    assertThat(a.provenance().pipelineVersion()).isEqualTo("0.1.0-test");
    assertThat(a.provenance().models()).containsEntry("kb", "test-1+sha256:" + kb.sha256().substring(0, 16));
    assertThat(a.provenance().models()).containsKeys("langdetect", "sentences-fr", "tokens-en", "rules/entities/context");
    assertThat(a.provenance().annotatedAt()).isEqualTo(Instant.parse("2026-01-20T10:00:00Z"));
    assertThat(a.provenance().fetchedAt()).isEqualTo(FRENCH.fetchedAt());
  }

  @Test
  void leaves_stance_actions_and_topics_empty_until_those_stages_exist() {
    AnnotatedArticle a = pipeline.annotate(ENGLISH);
    assertThat(a.stances()).isEmpty();
    assertThat(a.actions()).isEmpty();
    assertThat(a.topics()).isEmpty();
    assertThat(a.relevance()).isNull();
  }

  @Test
  void links_the_same_entities_in_french_and_english_coverage_of_one_story() {
    List<String> fr = pipeline.annotate(FRENCH).entities().stream().map(Entity::id).toList();
    List<String> en = pipeline.annotate(ENGLISH).entities().stream().map(Entity::id).toList();
    assertThat(fr).contains("government/european-commission", "platform/x", "ai/grok");
    assertThat(en).contains("government/european-commission", "platform/x", "ai/grok", "regulator/ofcom");
  }

  @Test
  void mention_offsets_resolve_against_the_article_fields() {
    AnnotatedArticle a = pipeline.annotate(FRENCH);
    a.entities().forEach(e -> e.mentions().forEach(m ->
        assertThat(FRENCH.text(m.field()).substring(m.start(), m.end())).isEqualTo(m.text())));
    assertThat(a.entities().stream().flatMap(e -> e.mentions().stream()).map(m -> m.field()))
        .contains(TextField.TITLE, TextField.LEDE, TextField.BODY);
  }

  @Test
  void a_forced_language_skips_detection() {
    AnnotatedArticle a = pipeline.annotate(ENGLISH, "en");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.languageConfidence()).isEqualTo(1.0);
  }

  @Test
  void gives_the_same_annotations_from_many_threads_as_from_one() throws Exception {
    List<Article> articles = List.of(FRENCH, ENGLISH, FRENCH, ENGLISH, FRENCH, ENGLISH, FRENCH, ENGLISH);
    List<List<Entity>> sequential = articles.stream().map(x -> pipeline.annotate(x).entities()).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 5; round++) {
        List<Future<List<Entity>>> futures = new ArrayList<>();
        for (Article x : articles) futures.add(pool.submit(() -> pipeline.annotate(x).entities()));
        for (int i = 0; i < articles.size(); i++) assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
