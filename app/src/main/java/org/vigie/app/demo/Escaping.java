package org.vigie.app.demo;

/**
 * Escaping for the three contexts corpus text lands in. Corpus text is treated as hostile: a title
 * may contain {@code <script>} or {@code &} and must come out as text, never as markup.
 */
final class Escaping {
  private Escaping() {}

  /** For HTML text and double- or single-quoted attribute values. */
  static String html(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * For XML text and attributes (feeds, sitemaps). Characters XML 1.0 forbids are dropped, since a
   * single one makes the whole feed unparseable.
   */
  static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') out.append(c);
        }
      }
    }
    return out.toString();
  }

  /**
   * For JSON placed inside {@code <script type="application/ld+json">}. HTML ends a script element
   * at the first {@code </script}, whatever the JSON says, so {@code <}, {@code >} and {@code &}
   * become JSON unicode escapes; they can only occur inside JSON strings, where the escape means
   * the same character.
   */
  static String jsonInScript(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }
}
