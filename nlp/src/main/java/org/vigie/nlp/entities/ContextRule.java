package org.vigie.nlp.entities;

import java.util.List;
import java.util.Objects;

/**
 * When an ambiguous name stands for {@link #entity}: "X" for the platform, "Bruxelles" for the
 * European Commission, "Londres" for the UK government. A rule is data
 * ({@code rules/entities/context.yml}) with an id, which a mention's method names
 * ({@code gazetteer+context:x-platform}) so an error can be traced to it.
 *
 * <p>Phrases are compared on folded words; {@code before} must end right before the mention,
 * {@code after} start right after it, {@code sentence} occur anywhere in its sentence. Rejections
 * win over acceptances.
 *
 * @param names extra context-dependent names of the entity, besides those the KB marks ambiguous
 * @param rejectCapitalizedNext reject when the next word is capitalised ("Washington Post",
 *     "Paris Saint-Germain"): a longer proper name the KB lacks
 * @param discourse once a mention in the article is accepted by a cue, the other mentions of the
 *     same name that nothing rejects follow it (one sense per discourse)
 */
public record ContextRule(
    String id,
    String entity,
    List<String> names,
    List<List<String>> acceptBefore,
    List<List<String>> acceptAfter,
    List<List<String>> acceptSentence,
    List<List<String>> rejectBefore,
    List<List<String>> rejectAfter,
    boolean rejectCapitalizedNext,
    boolean discourse) {

  public ContextRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(entity, "entity");
    names = List.copyOf(names);
    acceptBefore = List.copyOf(acceptBefore);
    acceptAfter = List.copyOf(acceptAfter);
    acceptSentence = List.copyOf(acceptSentence);
    rejectBefore = List.copyOf(rejectBefore);
    rejectAfter = List.copyOf(rejectAfter);
  }
}
