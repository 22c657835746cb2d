package org.vigie.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoCorpusTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ClassLoader LOADER = DemoCorpusTest.class.getClassLoader();

  @Test
  void shipped_outlets_are_the_eight_of_the_readme() {
    DemoCorpus corpus = DemoCorpus.load();
    assertThat(corpus.outlets())
        .extracting(DemoOutlet::id)
        .containsExactly(
            "leveilleur", "tribune-lemanique", "le-messager", "le-fleuve", "albion-courier",
            "liffey-times", "potomac-ledger", "europolicy-brief");
    assertThat(corpus.outlets()).filteredOn(o -> o.language().equals("fr")).hasSize(4);
    assertThat(corpus.outlets()).extracting(DemoOutlet::feedType).contains(DemoOutlet.FeedType.values());
    assertThat(corpus.outlets()).extracting(DemoOutlet::sitemapType).contains(DemoOutlet.SitemapType.values());
    assertThat(corpus.outlets()).extracting(DemoOutlet::metadata).contains(DemoOutlet.Metadata.values());
    assertThat(corpus.outlets())
        .flatExtracting(DemoOutlet::robots)
        .anyMatch(g -> g.crawlDelaySeconds() != null && g.crawlDelaySeconds() == 1);
  }

  /** Guards the corpus the writers deliver: it fails until enough articles exist. */
  @Test
  void shipped_corpus_has_enough_on_topic_articles_in_each_language_and_off_topic_ones() {
    List<DemoArticle> all = DemoCorpus.load().articles();
    Map<String, Long> onTopicByLang =
        all.stream().filter(DemoArticle::onTopic)
            .collect(Collectors.groupingBy(DemoArticle::lang, Collectors.counting()));
    assertThat(onTopicByLang.getOrDefault("fr", 0L)).as("French on-topic").isGreaterThanOrEqualTo(35);
    assertThat(onTopicByLang.getOrDefault("en", 0L)).as("English on-topic").isGreaterThanOrEqualTo(35);
    assertThat(all.stream().filter(a -> !a.onTopic()).count()).as("off-topic").isGreaterThanOrEqualTo(15);
    assertThat(all.stream().map(DemoArticle::outlet).distinct().count()).as("outlets with articles").isEqualTo(8);
  }

  @Test
  void fixture_articles_are_read_with_every_field() {
    DemoCorpus corpus = DemoCorpus.load(LOADER, "demo-fixture");
    DemoArticle hostile = corpus.articles("leveilleur").getFirst();
    assertThat(hostile.slug()).isEqualTo("titre-hostile");
    assertThat(hostile.title()).isEqualTo("<script>alert(1)</script> & \"quotes\"");
    assertThat(hostile.authors()).containsExactly("Claire <i>Vasseur</i>", "AFP");
    assertThat(hostile.wasUpdated()).isTrue();
    assertThat(hostile.body())
        .extracting(b -> b.getClass().getSimpleName())
        .containsExactly("Paragraph", "Subheading", "Paragraph", "Paragraph");
    assertThat(hostile.body().get(1).text()).isEqualTo("Intertitre <em>hostile</em>");
    assertThat(corpus.articles("leveilleur"))
        .extracting(DemoArticle::slug)
        .as("newest first")
        .containsExactly("titre-hostile", "troisieme-article", "article-d-ete");
  }

  @Test
  void loads_the_same_corpus_from_a_jar(@TempDir Path tmp) throws IOException {
    Path dir = Path.of("src/test/resources");
    Path jar = tmp.resolve("fixture.jar");
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream j = new JarOutputStream(out);
        Stream<Path> files = Files.walk(dir.resolve("demo-fixture"))) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        j.putNextEntry(new JarEntry(dir.relativize(p).toString().replace('\\', '/')));
        j.write(Files.readAllBytes(p));
        j.closeEntry();
      }
    }
    try (URLClassLoader fromJar = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      DemoCorpus viaJar = DemoCorpus.load(fromJar, "demo-fixture");
      DemoCorpus viaDir = DemoCorpus.load(LOADER, "demo-fixture");
      assertThat(viaJar.articles()).extracting(DemoArticle::slug)
          .containsExactlyElementsOf(viaDir.articles().stream().map(DemoArticle::slug).toList())
          .hasSize(5);
    }
  }

  private static final String VALID =
      """
      outlet: leveilleur
      slug: un-article
      lang: fr
      published: 2026-01-09T14:50:00+01:00
      section: Numérique
      authors: [Claire Vasseur]
      onTopic: true
      story: x-dsa-fine-2025-12
      title: Un titre
      lede: Un chapeau
      body: |
        Un paragraphe.
      """;

  @Test
  void a_valid_article_passes() throws IOException {
    assertThat(read(VALID, "leveilleur/2026-01-09-un-article.yml").slug()).isEqualTo("un-article");
  }

  @ParameterizedTest(name = "{0} → {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          'title: Un titre'                        | ''                                  | field 'title' is missing
          'lang: fr'                               | 'lang: en'                          | field 'lang' is 'en' but leveilleur publishes in fr
          'section: Numérique'                     | 'section: "!!"'                     | field 'section' '!!' has no letter or digit
          'lede: Un chapeau'                       | 'lede: Un chapeau\nupdated: 2026-01-09T14:00:00+01:00' | field 'updated' is before published
          'published: 2026-01-09T14:50:00+01:00'   | 'published: 9 janvier 2026'         | field 'published' must be an ISO-8601 time
          'onTopic: true'                          | 'onTopic: maybe'                    | field 'onTopic' must be true or false
          'slug: un-article'                       | 'slug: Un_Article'                  | field 'slug' must be lowercase ascii words
          'outlet: leveilleur'                     | 'outlet: le-monde'                  | field 'outlet' names no outlet of outlets.yml
          'story: x-dsa-fine-2025-12'              | 'storey: x-dsa-fine-2025-12'        | field 'storey' is not a known field
          'authors: [Claire Vasseur]'              | 'authors: []'                       | field 'authors' is an empty list
          'slug: un-article'                       | 'slug: autre-article'               | field 'slug' and published date imply file name 2026-01-09-autre-article.yml
          """)
  void a_malformed_article_is_refused_naming_file_and_field(String from, String to, String message) {
    String yaml = VALID.replace(from + "\n", to.isEmpty() ? "" : to.replace("\\n", "\n") + "\n");
    assertThat(yaml).isNotEqualTo(VALID);
    assertThatThrownBy(() -> read(yaml, "leveilleur/2026-01-09-un-article.yml"))
        .isInstanceOf(DemoCorpusException.class)
        .hasMessageStartingWith("demo/articles/leveilleur/2026-01-09-un-article.yml: ")
        .hasMessageContaining(message);
  }

  @Test
  void an_article_in_another_outlets_folder_is_refused() {
    assertThatThrownBy(() -> read(VALID, "le-fleuve/2026-01-09-un-article.yml"))
        .hasMessageContaining("field 'outlet' is 'leveilleur' but the file sits in folder 'le-fleuve'");
  }

  private static DemoArticle read(String yaml, String file) throws IOException {
    Map<String, DemoOutlet> outlets =
        DemoCorpus.load(LOADER, "demo-fixture").outlets().stream().collect(Collectors.toMap(DemoOutlet::id, o -> o));
    String resource = "demo/articles/" + file;
    return ArticleReader.read(new YamlFields(YAML.readTree(yaml), resource), resource, outlets);
  }
}
