package org.vigie.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigie.core.AnnotatedArticle;
import org.vigie.core.Article;
import org.vigie.core.Entity;
import org.vigie.core.EntityMention;
import org.vigie.core.EntityType;
import org.vigie.core.Evidence;
import org.vigie.core.FetchedPage;
import org.vigie.core.Provenance;
import org.vigie.core.RegulatoryAction;
import org.vigie.core.Stance;
import org.vigie.core.TextBlock;
import org.vigie.core.TextField;
import org.vigie.core.Topic;
import org.vigie.core.WarcLocation;

class RecordRoundTripTest {
  private static final ObjectMapper JSON = VigieJson.mapper();

  @Test
  void annotated_article_survives_json_round_trip_with_offsets_and_time_zones() throws Exception {
    AnnotatedArticle original = sample();

    String json = JSON.writeValueAsString(original);
    AnnotatedArticle back = JSON.readValue(json, AnnotatedArticle.class);

    assertThat(back).isEqualTo(original);
    // The page's own offset is kept, not normalised to UTC: analysts read local publication times.
    assertThat(json).contains("\"publishedAt\":\"2026-01-09T14:50:00+01:00\"");
    assertThat(json).contains("\"fetchedAt\":\"2026-01-09T14:02:11Z\"");
  }

  @Test
  void unknown_values_are_left_out_rather_than_written_as_null() throws Exception {
    Article bare = new Article(null, URI.create("https://example.org/a"), null, "s", "T", null, null, null, null, null, null, List.of(), null, null, null);

    String json = JSON.writeValueAsString(bare);

    assertThat(json).doesNotContain("null").doesNotContain("lede");
    assertThat(bare.status()).isEqualTo(Article.ExtractionStatus.EMPTY_TEXT);
  }

  @Test
  void article_id_depends_only_on_the_canonical_url() {
    URI canonical = URI.create("https://www.leveilleur.example/numerique/x-amende");
    Article viaPort1 = new Article(null, URI.create("http://127.0.0.1:1111/x"), canonical, "s", "", null, null, null, null, null, null, null, null, null, null);
    Article viaPort2 = new Article(null, URI.create("http://127.0.0.1:2222/x"), canonical, "s", "", null, null, null, null, null, null, null, null, null, null);

    assertThat(viaPort1.id()).isEqualTo(viaPort2.id()).hasSize(16).matches("[0-9a-f]{16}");
  }

  @Test
  void fetched_page_keeps_its_bytes_private_and_round_trips() throws Exception {
    byte[] bytes = "<p>déjà</p>".getBytes(StandardCharsets.ISO_8859_1);
    FetchedPage page = new FetchedPage(null, URI.create("https://example.org/p"), "s", 200, "text/html", StandardCharsets.ISO_8859_1, bytes, Instant.parse("2026-01-09T14:02:11Z"), "\"e1\"", null, new WarcLocation("a.warc.gz", 12, "<urn:uuid:1>"));
    bytes[0] = 'X';
    page.body()[1] = 'Y';

    FetchedPage back = JSON.readValue(JSON.writeValueAsString(page), FetchedPage.class);

    assertThat(page.text()).isEqualTo("<p>déjà</p>");
    assertThat(back).isEqualTo(page);
  }

  static AnnotatedArticle sample() {
    Article article =
        new Article(
            null,
            URI.create("http://127.0.0.1:41237/numerique/grok"),
            URI.create("https://www.leveilleur.example/numerique/grok"),
            "leveilleur",
            "Grok : Bruxelles ordonne à X de conserver ses documents",
            "La Commission européenne durcit le ton.",
            List.of("Claire Vasseur", "AFP"),
            OffsetDateTime.parse("2026-01-09T14:50:00+01:00"),
            null,
            "Numérique",
            "fr",
            List.of(TextBlock.paragraph("X doit conserver les documents de Grok."), TextBlock.heading("Suite")),
            Instant.parse("2026-01-09T14:02:11Z"),
            "s-1",
            null);
    Evidence evidence = new Evidence(TextField.BODY, 0, 1, "X", "actions/fr/preserve");
    return new AnnotatedArticle(
        article,
        "fr",
        0.97,
        List.of(new Entity("platform/x", EntityType.PLATFORM, "X", 0.9, List.of(new EntityMention("X", TextField.BODY, 0, 1, "gazetteer+context:x-platform")))),
        List.of(new Stance(null, "ai/grok", Stance.Label.CRITICAL, 0.7, evidence)),
        List.of(new RegulatoryAction(RegulatoryAction.Type.PRESERVATION_ORDER, RegulatoryAction.Status.IMPOSED, "government/european-commission", "platform/x", "law/dsa", new BigDecimal("120000000"), "EUR", LocalDate.parse("2026-01-08"), evidence)),
        List.of(new Topic(Topic.Label.NCII_DEEPFAKE, 0.8)),
        0.9,
        new Provenance("0.1.0+abc", Map.of("kb", "1"), article.fetchedAt(), Instant.parse("2026-01-09T14:02:12Z"), null));
  }
}
