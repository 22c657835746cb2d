package org.vigie.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Corpus text is data, never markup: the fixture's title {@code <script>alert(1)</script> &
 * "quotes"} (and hostile lede, caption, author, section and body) must come back as the same
 * text from every page, feed and sitemap that shows it.
 */
class HostileCorpusTest {
  private static final String TITLE = "<script>alert(1)</script> & \"quotes\"";
  private static ReplaySites sites;

  @BeforeAll
  static void start() {
    sites = ReplaySites.start(DemoCorpus.load(HostileCorpusTest.class.getClassLoader(), "demo-fixture"), 0);
  }

  @AfterAll
  static void stop() {
    sites.close();
  }

  private static DemoArticle hostile(String outlet) {
    return sites.corpus().articles(outlet).stream()
        .filter(a -> a.title().equals(TITLE)).findFirst().orElseThrow();
  }

  @Test
  void hostile_text_is_escaped_on_every_page_template() {
    for (String outlet : List.of("leveilleur", "tribune-lemanique", "le-messager")) {
      DemoArticle a = hostile(outlet);
      String html = Http.get(sites.articleUrl(a)).body();
      assertThat(html).as(outlet)
          .doesNotContain("<script>alert")
          .doesNotContain("<b>gras")
          .doesNotContain("<i>italique").doesNotContain("<i>Vasseur")
          .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;");
      Document page = Jsoup.parse(html);
      assertThat(page.select("h1").text()).isEqualTo(TITLE);
      assertThat(page.select("title").text()).contains(TITLE);
      assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(TITLE);
      assertThat(page.select("script:not([type=application/ld+json])")).as("no script the corpus injected").isEmpty();
      assertThat(page.text()).contains(a.lede());
    }
  }

  @Test
  void hostile_body_caption_author_and_section_stay_text() {
    DemoArticle a = hostile("leveilleur");
    Document page = Jsoup.parse(Http.get(sites.articleUrl(a)).body());
    assertThat(page.select("h2").eachText()).contains("Intertitre <em>hostile</em>");
    assertThat(page.select("p").eachText()).contains("Deuxième paragraphe, </p><p>injection.");
    assertThat(page.select("figcaption").text()).contains("Une légende <img src=x onerror=alert(3)>");
    assertThat(page.select("img[onerror]")).isEmpty();
    assertThat(page.text()).contains("Claire <i>Vasseur</i>").contains("Sport & <b>Loisirs</b>");
    assertThat(page.text()).contains("Publié le 1er janvier 2026 à 9h05").contains("Mis à jour le 2 janvier 2026 à 18h10");
  }

  @Test
  void json_ld_cannot_close_its_script_element_and_still_says_the_same() throws Exception {
    DemoArticle a = hostile("leveilleur");
    Document page = Jsoup.parse(Http.get(sites.articleUrl(a)).body());
    var scripts = page.select("script[type=application/ld+json]");
    assertThat(scripts).hasSize(1);
    String json = scripts.first().data();
    assertThat(json).doesNotContain("</script").doesNotContain("<");
    JsonNode ld = new ObjectMapper().readTree(json);
    assertThat(ld.path("@type").asText()).isEqualTo("NewsArticle");
    assertThat(ld.path("headline").asText()).isEqualTo(TITLE);
    assertThat(ld.path("description").asText()).isEqualTo(a.lede());
    assertThat(ld.path("datePublished").asText()).isEqualTo("2026-01-01T09:05:00+01:00");
    assertThat(ld.path("dateModified").asText()).isEqualTo("2026-01-02T18:10:00+01:00");
    assertThat(ld.path("author").findValuesAsText("name")).containsExactly("Claire <i>Vasseur</i>", "AFP");
    assertThat(ld.path("author").get(1).path("@type").asText()).isEqualTo("Organization");
    assertThat(ld.path("inLanguage").asText()).isEqualTo("fr");
  }

  @Test
  void feeds_and_sitemaps_stay_well_formed_and_give_the_text_back() {
    for (var source : sites.sources()) {
      var feed = Http.xml(Http.get(source.feeds().getFirst()).body());
      assertThat(Http.texts(feed, "title")).as(source.id()).contains(TITLE);
    }
    URI news = sites.sources().get(2).sitemaps().getFirst();
    assertThat(news.getPath()).isEqualTo("/sitemap-news.xml");
    var newsDoc = Http.xml(Http.get(news).body());
    assertThat(Http.texts(newsDoc, "title")).containsExactly(TITLE);
    assertThat(Http.texts(newsDoc, "name")).containsExactly("Le Messager");
    assertThat(Http.texts(newsDoc, "publication_date")).containsExactly("2026-01-09T14:50:00+01:00");

    var index = Http.xml(Http.get(sites.sources().getFirst().sitemaps().getFirst()).body());
    assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
    assertThat(Http.texts(index, "loc")).hasSize(2).allMatch(l -> l.matches(".*/sitemaps/leveilleur-20(25|26)\\.xml"));
  }
}
