package org.vigie.crawler.source;

import java.util.List;

/** {@code sources.yml} cannot be used; {@link #problems()} lists every problem found, by line. */
public final class SourcesException extends Exception {
  private final transient List<SourceProblem> problems;

  public SourcesException(String file, List<SourceProblem> problems) {
    super(file + ": " + problems.size() + " problem(s); first: " + (problems.isEmpty() ? "?" : problems.get(0)));
    this.problems = List.copyOf(problems);
  }

  public List<SourceProblem> problems() {
    return problems;
  }
}
