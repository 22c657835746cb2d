package org.vigie.nlp.eval;

import java.util.List;
import java.util.Objects;
import org.vigie.core.Article;

/**
 * An article of the annotated corpus with its gold mentions.
 *
 * @param ref the annotation's {@code article:} reference ({@code demo:outlet/file.yml})
 * @param split {@code train} or {@code test}, fixed by outlet
 */
public record GoldArticle(String ref, String outlet, String language, String split, Article article, List<GoldMention> mentions) {
  public GoldArticle {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(article, "article");
    mentions = List.copyOf(mentions);
  }
}
