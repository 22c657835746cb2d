package org.vigie.crawler.extract;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An article's metadata, before its text is extracted. Optional values are {@code null}, as in
 * {@link org.vigie.core.Article}, which they feed.
 *
 * @param ledePrinted whether the lede is a standfirst printed on the page (then it is not repeated
 *     in the body) rather than a declared summary that merely repeats the first paragraph
 * @param jsonLdBody the {@code articleBody} the page declares in JSON-LD, used only to judge the
 *     extracted text, never printed in its place
 */
record PageMetadata(
    String title,
    String lede,
    boolean ledePrinted,
    List<String> authors,
    OffsetDateTime publishedAt,
    OffsetDateTime updatedAt,
    String section,
    URI canonicalUrl,
    String languageHint,
    String jsonLdBody) {

  PageMetadata {
    title = title == null ? "" : title;
    authors = List.copyOf(authors == null ? List.of() : authors);
  }
}
