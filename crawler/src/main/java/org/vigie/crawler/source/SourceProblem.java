package org.vigie.crawler.source;

import java.util.Objects;

/**
 * One thing wrong in {@code sources.yml}, with the line it is on so that an editor can jump to it.
 *
 * @param sourceId the id of the entry, or {@code null} when the entry has none
 */
public record SourceProblem(int line, String sourceId, String message) {
  public SourceProblem {
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return "line " + line + (sourceId == null ? "" : " (" + sourceId + ")") + ": " + message;
  }
}
