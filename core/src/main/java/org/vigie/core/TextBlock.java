package org.vigie.core;

import java.util.Objects;

/** One block of an article's main text: a paragraph or a subheading, in reading order. */
public record TextBlock(Kind kind, String text) {
  public enum Kind {
    PARAGRAPH,
    HEADING
  }

  public TextBlock {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  public static TextBlock paragraph(String text) {
    return new TextBlock(Kind.PARAGRAPH, text);
  }

  public static TextBlock heading(String text) {
    return new TextBlock(Kind.HEADING, text);
  }
}
