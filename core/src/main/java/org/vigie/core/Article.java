package org.vigie.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An extracted news article: what every later stage sees.
 *
 * @param id stable id derived from the canonical URL ({@link #idFor(URI)}), so a re-crawl or a
 *     re-extraction replaces rather than duplicates
 * @param url the URL the page was fetched from
 * @param canonicalUrl the page's declared canonical URL, or {@code url} when it declares none
 * @param sourceId the outlet ({@link Source#id()})
 * @param lede standfirst or summary, or {@code null}
 * @param authors people and agencies (AFP, Reuters…) as printed, in order
 * @param publishedAt publication time with its offset, or {@code null} when none was found
 * @param updatedAt last update time, or {@code null}
 * @param section the outlet's section, or {@code null}
 * @param languageHint the language declared by the markup ({@code <html lang>}, {@code
 *     og:locale}), or {@code null}; detection decides
 * @param blocks the main text, boilerplate removed, in reading order
 * @param fetchedAt when the page was fetched; relative dates ("3 hours ago") are resolved
 *     against it
 * @param storyId near-duplicate group (wire copies share one), or {@code null} before dedup
 * @param status whether extraction found an article body
 */
public record Article(
    String id,
    URI url,
    URI canonicalUrl,
    String sourceId,
    String title,
    String lede,
    List<String> authors,
    OffsetDateTime publishedAt,
    OffsetDateTime updatedAt,
    String section,
    String languageHint,
    List<TextBlock> blocks,
    Instant fetchedAt,
    String storyId,
    ExtractionStatus status) {

  /** Whether extraction found text; an empty article is kept, flagged, and never indexed as news. */
  public enum ExtractionStatus {
    OK,
    EMPTY_TEXT,
    NOT_HTML
  }

  public Article {
    Objects.requireNonNull(url, "url");
    canonicalUrl = canonicalUrl == null ? url : canonicalUrl;
    id = id == null ? idFor(canonicalUrl) : id;
    title = title == null ? "" : title;
    authors = List.copyOf(authors == null ? List.of() : authors);
    blocks = List.copyOf(blocks == null ? List.of() : blocks);
    status = status == null ? (blocks.isEmpty() ? ExtractionStatus.EMPTY_TEXT : ExtractionStatus.OK) : status;
  }

  /** The first 16 hex digits of the SHA-256 of the canonical URL. */
  public static String idFor(URI canonicalUrl) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(canonicalUrl.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** The body as one string: blocks joined by a blank line. Body offsets index into it. */
  @JsonIgnore
  public String bodyText() {
    return blocks.stream().map(TextBlock::text).collect(Collectors.joining("\n\n"));
  }

  /** The text of a field, for resolving an offset. */
  public String text(TextField field) {
    return switch (field) {
      case TITLE -> title;
      case LEDE -> lede == null ? "" : lede;
      case BODY -> bodyText();
    };
  }

  public Article withStoryId(String newStoryId) {
    return new Article(
        id, url, canonicalUrl, sourceId, title, lede, authors, publishedAt, updatedAt, section,
        languageHint, blocks, fetchedAt, newStoryId, status);
  }
}
