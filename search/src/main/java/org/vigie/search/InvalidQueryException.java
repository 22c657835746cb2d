package org.vigie.search;

/**
 * The analyst's query cannot be understood: an unbalanced quote or parenthesis, a dangling
 * operator, a bad cursor. A client error (HTTP 400, one line on the CLI), never a crash.
 */
public final class InvalidQueryException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final int position;

  public InvalidQueryException(String message, int position) {
    super(position >= 0 ? message + " (at character " + (position + 1) + ")" : message);
    this.position = position;
  }

  public InvalidQueryException(String message) {
    this(message, -1);
  }

  /** Zero-based offset in the query text, or -1 when the error is not at one place. */
  public int position() {
    return position;
  }
}
