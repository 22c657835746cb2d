package org.vigie.search;

import java.util.List;

/**
 * Some articles could not be written, after every retry. Nothing is dropped silently: each id
 * that failed is listed with the backend's reason.
 */
public final class IndexingException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Failure> failures;

  public record Failure(String articleId, String reason) {}

  public IndexingException(String message, List<Failure> failures, Throwable cause) {
    super(message + ": " + failures.size() + " article(s) not indexed" + (failures.isEmpty() ? "" : ", first " + failures.getFirst()), cause);
    this.failures = List.copyOf(failures);
  }

  public List<Failure> failures() {
    return failures;
  }
}
