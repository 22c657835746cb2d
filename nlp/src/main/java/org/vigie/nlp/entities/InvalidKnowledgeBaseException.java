package org.vigie.nlp.entities;

import java.util.List;

/** The knowledge base file has problems; the message lists every one of them. */
public final class InvalidKnowledgeBaseException extends IllegalStateException {
  private final List<String> problems;

  public InvalidKnowledgeBaseException(String origin, List<String> problems) {
    super("invalid knowledge base " + origin + " (" + problems.size() + " problems):\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
