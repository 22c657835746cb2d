package org.vigie.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.vigie.core.Article;
import org.vigie.core.Article.ExtractionStatus;
import org.vigie.core.FetchedPage;

class HostileInputTest {
  private static final URI URL = URI.create("https://example.org/a");
  private static final Instant NOW = Instant.parse("2026-01-09T12:00:00Z");
  private final JsoupArticleExtractor extractor = new JsoupArticleExtractor();

  @Test
  void empty_document_gives_an_empty_text_article() {
    Article a = extractor.extract("", URL, NOW);
    assertThat(a.status()).isEqualTo(ExtractionStatus.EMPTY_TEXT);
    assertThat(a.blocks()).isEmpty();
    assertThat(a.url()).isEqualTo(URL);
  }

  @Test
  void binary_content_is_flagged_not_html() {
    byte[] bytes = new byte[2000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31);
    }
    Article a = extractor.extract(new String(bytes, StandardCharsets.ISO_8859_1), URL, NOW);
    assertThat(a.status()).isEqualTo(ExtractionStatus.NOT_HTML);
  }

  @Test
  void a_pdf_declared_as_such_is_flagged_not_html() {
    FetchedPage page =
        new FetchedPage(URL, URL, "src", 200, "application/pdf", StandardCharsets.UTF_8,
            "%PDF-1.7 <html>".getBytes(StandardCharsets.UTF_8), NOW, null, null, null);
    assertThat(extractor.extract(page).status()).isEqualTo(ExtractionStatus.NOT_HTML);
  }

  @Test
  void markup_without_text_is_flagged_empty() {
    Article a = extractor.extract("<html><body><div><img src=x></div></body></html>", URL, NOW);
    assertThat(a.status()).isEqualTo(ExtractionStatus.EMPTY_TEXT);
  }

  @Test
  void deeply_nested_markup_is_extracted_without_error() {
    StringBuilder html = new StringBuilder("<html><body>");
    html.append("<div>".repeat(50_000));
    html.append("<p>").append("Deeply nested words, in a sentence that goes on. ".repeat(10)).append("</p>");
    html.append("</div>".repeat(50_000));
    html.append("</body></html>");
    Article a = extractor.extract(html.toString(), URL, NOW);
    assertThat(a.status()).isIn(ExtractionStatus.OK, ExtractionStatus.EMPTY_TEXT);
  }

  @Test
  void a_page_past_the_size_limit_is_cut_and_still_yields_its_opening_text() {
    String paragraph = "<p>" + "A long article sentence with words, commas, and a full stop. ".repeat(8) + "</p>\n";
    String html = "<html><body><article>" + paragraph.repeat(40_000) + "</article></body></html>";
    Article a = new JsoupArticleExtractor(200_000).extract(html, URL, NOW);
    assertThat(a.status()).isEqualTo(ExtractionStatus.OK);
    assertThat(a.bodyText()).startsWith("A long article sentence");
    assertThat(a.bodyText().length()).isLessThan(200_000);
  }

  @Test
  void broken_json_ld_is_skipped_and_other_metadata_still_read() {
    String html =
        "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script>"
            + "<meta property=\"og:title\" content=\"Still here\"></head><body><p>"
            + "Some article text that is long enough to count as a paragraph of news, with commas, yes."
            + "</p></body></html>";
    Article a = extractor.extract(html, URL, NOW);
    assertThat(a.title()).isEqualTo("Still here");
    assertThat(a.status()).isEqualTo(ExtractionStatus.OK);
  }

  @Test
  void mis_decoded_bytes_do_not_stop_extraction() {
    byte[] latin1 = "<html><body><p>Le ministère a publié l'arrêté, après une longue consultation des acteurs concernés.</p></body></html>"
        .getBytes(StandardCharsets.ISO_8859_1);
    FetchedPage page = new FetchedPage(URL, URL, "src", 200, "text/html", StandardCharsets.UTF_8, latin1, NOW, null, null, null);
    Article a = extractor.extract(page);
    assertThat(a.status()).isEqualTo(ExtractionStatus.OK);
    assertThat(a.bodyText()).contains("Le minist").contains("consultation");
  }
}
