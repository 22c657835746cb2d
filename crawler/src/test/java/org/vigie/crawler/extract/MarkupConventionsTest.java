package org.vigie.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.core.Article;
import org.vigie.core.FetchedPage;
import org.vigie.core.Source;

/** Rules that read ordinary news markup, one small page each, French and English. */
class MarkupConventionsTest {
  private static final Instant NOW = Instant.parse("2025-10-20T08:00:00Z");
  private static final String TEXT =
      "<p>Ballinmore ended nineteen years of waiting for a senior county title on Sunday, edging a"
          + " thrilling final by a single point thanks to a stoppage-time score, in front of thousands.</p>"
          + "<p>The holders had looked comfortable at the break, leading by four points after a first half"
          + " in which their half-back line dominated the aerial exchanges, before the switch.</p>";

  private static String page(String lang, String before, String after) {
    return "<html lang=\"" + lang + "\"><head><title>T</title></head><body><main>" + before
        + "<h1>Late point seals county title for Ballinmore</h1>" + after + "</main></body></html>";
  }

  @Test
  void reads_a_time_without_zone_in_the_zone_of_the_sources_country() {
    String html = page("en", "", "<div class=\"b-date\">Sun, Oct 19, 2025, 19:45</div><article>" + TEXT + "</article>");
    URI url = URI.create("https://www.liffey-times.example/sport/final");
    FetchedPage fetched = new FetchedPage(url, url, "liffey-times", 200, "text/html", StandardCharsets.UTF_8,
        html.getBytes(StandardCharsets.UTF_8), NOW, null, null, null);
    Source liffey = new Source("liffey-times", "The Liffey Times", List.of("en"), "IE", null, null, null, null, null, false);

    Article withCountry = JsoupArticleExtractor.forSources(List.of(liffey)).extract(fetched);
    Article without = new JsoupArticleExtractor().extract(fetched);

    assertThat(withCountry.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-10-19T19:45+01:00"));
    assertThat(without.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-10-19T19:45Z"));
  }

  @Test
  void takes_the_section_from_the_breadcrumb_trail_when_no_metadata_names_it() {
    String html = page("fr-BE", "<div class=\"ariane\"><a href=\"/\">Accueil</a> &gt; <a href=\"/monde/\">Monde</a></div>", "<article>" + TEXT + "</article>");
    Article a = new JsoupArticleExtractor().extract(html, URI.create("https://messager.example/a"), NOW);
    assertThat(a.section()).isEqualTo("Monde");
  }

  @Test
  void a_sub_title_inside_the_text_is_a_subheading_not_the_standfirst() {
    String html =
        page("fr", "", "<p class=\"article__desc\">Face au scandale, le réseau social limite l’outil aux utilisateurs payants.</p><article>"
            + TEXT + "<h2 class=\"article__sub-title\">Une fonction toujours accessible ailleurs</h2>" + TEXT + "</article>");
    Article a = new JsoupArticleExtractor().extract(html, URI.create("https://veilleur.example/a"), NOW);
    assertThat(a.lede()).isEqualTo("Face au scandale, le réseau social limite l’outil aux utilisateurs payants.");
    assertThat(a.blocks()).extracting(b -> b.text()).contains("Une fonction toujours accessible ailleurs");
  }

  @Test
  void leaves_the_signature_block_out_of_the_text() {
    String html =
        page("fr-CA", "", "<div class=\"signature\"><p class=\"signature__noms\">AFP</p><p class=\"signature__role\">Le Fleuve</p></div><article>" + TEXT + "</article>");
    Article a = new JsoupArticleExtractor().extract(html, URI.create("https://fleuve.example/a"), NOW);
    assertThat(a.bodyText()).doesNotContain("Le Fleuve").doesNotContain("AFP");
    assertThat(a.authors()).containsExactly("AFP");
  }

  @Test
  void keeps_an_embedded_post_quoted_in_the_story() {
    String html = page("en", "", "<article>" + TEXT
        + "<div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\"><p>We will act to protect children online, and we will do it this year.</p>— Minister (@minister) January 9, 2026</blockquote></div>"
        + TEXT + "</article>");
    Article a = new JsoupArticleExtractor().extract(html, URI.create("https://albion.example/a"), NOW);
    assertThat(a.bodyText()).contains("We will act to protect children online");
    assertThat(a.blocks()).hasSizeGreaterThanOrEqualTo(5);
  }
}
