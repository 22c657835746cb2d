package org.vigie.nlp;

import org.vigie.core.AnnotatedArticle;
import org.vigie.core.Article;

/**
 * Runs the NLP stages over one article: language, entities (linked to the knowledge base), and,
 * once they exist, stance, regulatory actions and topics. Implementations are thread-safe and
 * load their models once.
 */
public interface Annotator {
  AnnotatedArticle annotate(Article article);
}
