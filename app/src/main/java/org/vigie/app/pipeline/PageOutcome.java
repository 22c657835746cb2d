package org.vigie.app.pipeline;

import java.net.URI;
import org.vigie.core.AnnotatedArticle;

/** What became of one fetched page. Callers switch over it exhaustively. */
public sealed interface PageOutcome {
  URI url();

  /** Extracted, annotated and indexed. */
  record Indexed(URI url, AnnotatedArticle article) implements PageOutcome {}

  /** Kept out of the index on purpose, e.g. a page with no article text. */
  record Skipped(URI url, String reason) implements PageOutcome {}

  /** A stage threw; the run goes on without this page. */
  record Failed(URI url, String reason) implements PageOutcome {}
}
