package org.vigie.core;

import java.util.List;
import java.util.Objects;

/**
 * An article with everything the NLP stages found in it; the unit the index stores and exports.
 * Stages not run leave their list empty: an absent stance is never a faked NEUTRAL.
 *
 * @param language detected ISO 639-1 code ({@code fr}, {@code en}, another code, or {@code und})
 * @param languageConfidence the detector's confidence in {@code language}, 0..1
 * @param relevance how much the article is about AI abuse, 0..1, or {@code null} before the topic
 *     stage exists
 */
public record AnnotatedArticle(
    Article article,
    String language,
    double languageConfidence,
    List<Entity> entities,
    List<Stance> stances,
    List<RegulatoryAction> actions,
    List<Topic> topics,
    Double relevance,
    Provenance provenance) {

  public AnnotatedArticle {
    Objects.requireNonNull(article, "article");
    language = language == null ? "und" : language;
    entities = List.copyOf(entities == null ? List.of() : entities);
    stances = List.copyOf(stances == null ? List.of() : stances);
    actions = List.copyOf(actions == null ? List.of() : actions);
    topics = List.copyOf(topics == null ? List.of() : topics);
  }

  public String id() {
    return article.id();
  }
}
