package org.vigie.core;

/**
 * The part of an article a character offset refers to. Offsets are UTF-16 indexes into
 * {@link Article#title()}, {@link Article#lede()} or {@link Article#bodyText()}.
 */
public enum TextField {
  TITLE,
  LEDE,
  BODY
}
