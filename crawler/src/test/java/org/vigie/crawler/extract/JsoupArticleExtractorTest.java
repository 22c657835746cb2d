package org.vigie.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.vigie.core.Article;
import org.vigie.core.TextBlock;

class JsoupArticleExtractorTest {
  private static final Instant FETCHED = Instant.parse("2026-01-12T12:00:00Z");
  private final JsoupArticleExtractor extractor = new JsoupArticleExtractor();

  private Article french() {
    return extractor.extract(
        Fixtures.page("french-article-with-json-ld-and-boilerplate.html"),
        URI.create("https://leveilleur.example/numerique/2025/12/05/x-amende-dsa?utm_source=rss"),
        FETCHED);
  }

  private Article english() {
    return extractor.extract(
        Fixtures.page("english-article-with-opengraph-and-related-block.html"),
        URI.create("https://albion.example/news/ofcom-x-grok?ref=home"),
        FETCHED);
  }

  @Test
  void keeps_every_paragraph_and_the_subheading_of_a_french_article() {
    Article a = french();
    assertThat(a.status()).isEqualTo(Article.ExtractionStatus.OK);
    assertThat(a.blocks())
        .extracting(TextBlock::text)
        .anyMatch(t -> t.startsWith("La Commission européenne a infligé vendredi"))
        .anyMatch(t -> t.startsWith("Il s'agit de la première décision"))
        .anyMatch(t -> t.startsWith("Des responsables américains"))
        .anyMatch(t -> t.startsWith("La plateforme peut faire appel"));
    assertThat(a.blocks()).contains(TextBlock.heading("Une décision contestée à Washington"));
  }

  @Test
  void leaves_out_cookie_banner_nav_share_bar_caption_lire_aussi_newsletter_comments_and_footer() {
    String body = french().bodyText();
    assertThat(body)
        .doesNotContain("cookies")
        .doesNotContain("Accueil")
        .doesNotContain("Partager")
        .doesNotContain("Photo : Jean Martin")
        .doesNotContain("siège de la Commission")
        .doesNotContain("lire aussi")
        .doesNotContain("Lire aussi")
        .doesNotContain("Grok, l'IA de X")
        .doesNotContain("newsletter")
        .doesNotContain("Il était temps")
        .doesNotContain("Tous droits réservés");
  }

  @Test
  void reads_title_dates_authors_and_section_from_json_ld() {
    Article a = french();
    assertThat(a.title()).isEqualTo("Bruxelles inflige une amende de 120 millions d'euros à X");
    assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-12-05T14:50:00+01:00"));
    assertThat(a.updatedAt()).isEqualTo(OffsetDateTime.parse("2025-12-05T18:10:00+01:00"));
    assertThat(a.authors()).containsExactly("Claire Vasseur", "AFP");
    assertThat(a.section()).isEqualTo("Numérique");
    assertThat(a.languageHint()).isEqualTo("fr-FR");
  }

  @Test
  void resolves_a_relative_canonical_link_against_the_page_url() {
    Article a = french();
    assertThat(a.canonicalUrl())
        .isEqualTo(URI.create("https://leveilleur.example/numerique/2025/12/05/x-amende-dsa"));
    assertThat(a.id()).isEqualTo(Article.idFor(a.canonicalUrl()));
  }

  @Test
  void takes_the_visible_standfirst_as_lede_and_keeps_it_out_of_the_body() {
    Article a = french();
    assertThat(a.lede())
        .isEqualTo("La Commission européenne sanctionne pour la première fois une plateforme au titre du DSA.");
    assertThat(a.bodyText()).doesNotContain("sanctionne pour la première fois");
  }

  @Test
  void reads_opengraph_and_article_meta_when_a_page_has_no_json_ld() {
    Article a = english();
    assertThat(a.title()).isEqualTo("Ofcom opens investigation into X over Grok images");
    assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-01-12T09:30:00Z"));
    assertThat(a.section()).isEqualTo("Technology");
    assertThat(a.canonicalUrl()).isEqualTo(URI.create("https://albion.example/news/ofcom-x-grok"));
    assertThat(a.languageHint()).isEqualTo("en-GB");
  }

  @Test
  void splits_a_byline_with_two_authors_and_drops_the_role() {
    assertThat(english().authors()).containsExactly("Jane Doe", "Tom Reid");
  }

  @Test
  void leaves_out_related_block_read_more_link_share_bar_most_read_and_comments() {
    Article a = english();
    assertThat(a.blocks()).hasSize(4);
    assertThat(a.bodyText())
        .contains("If found in breach")
        .doesNotContain("Downing Street calls Grok")
        .doesNotContain("Could Ofcom block X")
        .doesNotContain("Share on")
        .doesNotContain("Storm warning")
        .doesNotContain("Commenting is closed")
        .doesNotContain("privacy");
  }

  @Test
  void extracts_published_time_from_swiss_date_line() {
    Article a =
        extractor.extract(
            Fixtures.page("swiss-date-line-without-structured-data.html"),
            URI.create("https://tribune.example.ch/suisse/hypertrucages"),
            FETCHED);
    assertThat(a.publishedAt()).isEqualTo(OffsetDateTime.parse("2026-01-09T14:50:00+01:00"));
    assertThat(a.authors()).containsExactly("ATS");
    assertThat(a.title()).isEqualTo("Le Conseil fédéral veut encadrer les hypertrucages");
    assertThat(a.blocks()).hasSize(3);
  }
}
