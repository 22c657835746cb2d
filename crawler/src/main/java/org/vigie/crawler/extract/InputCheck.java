package org.vigie.crawler.extract;

import java.util.Locale;
import org.vigie.core.Article.ExtractionStatus;

/**
 * Decides, before parsing, whether a page can hold an article at all. Hostile input must never
 * stop a crawl: an empty body, a PDF or image served as a page, or binary noise from a broken
 * encoding comes back as a verdict, not an exception.
 */
sealed interface InputCheck {
  /** Parse it; {@code html} may be cut to the size limit. */
  record Parse(String html, boolean truncated) implements InputCheck {}

  /** Do not parse it; the article is returned empty with this status. */
  record Refuse(ExtractionStatus status, String reason) implements InputCheck {}

  /**
   * @param contentType the media type the server declared, or {@code null} when unknown
   * @param maxChars pages longer than this are cut: the article text is near the top, and a 20 MB
   *     page costs more to parse than it can be worth
   */
  static InputCheck of(String html, String contentType, int maxChars) {
    if (contentType != null && !contentType.isBlank()) {
      String type = contentType.toLowerCase(Locale.ROOT);
      if (!(type.contains("html") || type.contains("xml") || type.startsWith("text/plain"))) {
        return new Refuse(ExtractionStatus.NOT_HTML, "content type " + contentType);
      }
    }
    if (html == null || html.isBlank()) {
      return new Refuse(ExtractionStatus.EMPTY_TEXT, "empty document");
    }
    int sample = Math.min(html.length(), 4096);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      char c = html.charAt(i);
      if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
        control++;
      }
    }
    if (control > sample / 100 + 1) {
      return new Refuse(ExtractionStatus.NOT_HTML, "binary content");
    }
    if (html.startsWith("%PDF")) {
      return new Refuse(ExtractionStatus.NOT_HTML, "PDF document");
    }
    if (html.indexOf('<', 0) < 0 || html.indexOf('<') > 65_536) {
      return new Refuse(ExtractionStatus.NOT_HTML, "no markup");
    }
    if (html.length() > maxChars) {
      return new Parse(html.substring(0, maxChars), true);
    }
    return new Parse(html, false);
  }
}
