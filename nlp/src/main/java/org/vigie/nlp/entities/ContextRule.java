package org.vigie.nlp.entities;

import java.util.List;
import java.util.Objects;
import org.vigie.core.EntityType;

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
 * @param entity the KB id the rule is about, or {@code null} for a rule about a whole {@code type}
 *     (the fallback for every ambiguous name of that type that no entity rule covers)
 * @param names the names the rule judges (added to the gazetteer as context-dependent names of
 *     the entity); empty means every ambiguous name of the entity that no other rule names
 * @param rejectCapitalizedNext reject when the next word is capitalised ("Washington Post",
 *     "Paris Saint-Germain"): a longer proper name the KB lacks
 * @param placeNamesOnly a type rule for governments named by their country or region ("UK",
 *     "Royaume-Uni", "Texas"), which read as places unless they act; other type rules skip those
 * @param verbNextExcept when not empty, the mention is accepted where the next word (after any
 *     coordinated names: "Berne et Washington ont…") is a lower-case word not in this set, i.e.
 *     most likely a verb whose subject the name is ("Berne refuse", "Washington crie")
 * @param discourse when the article names the entity unambiguously or on a cue elsewhere, a
 *     mention without a cue of its own that nothing rejects follows it (one sense per discourse);
 *     true unless the rule says otherwise
 */
public record ContextRule(
    String id,
    String entity,
    EntityType type,
    List<String> names,
    List<List<String>> acceptBefore,
    List<List<String>> acceptAfter,
    List<List<String>> acceptSentence,
    List<List<String>> rejectBefore,
    List<List<String>> rejectAfter,
    boolean rejectCapitalizedNext,
    boolean discourse,
    boolean placeNamesOnly,
    java.util.Set<String> verbNextExcept) {

  public ContextRule {
    Objects.requireNonNull(id, "id");
    if ((entity == null) == (type == null)) {
      throw new IllegalArgumentException("context rule " + id + " needs exactly one of entity and type");
    }
    if (type != null && !names.isEmpty()) {
      throw new IllegalArgumentException("context rule " + id + ": a type rule cannot add names");
    }
    names = List.copyOf(names);
    acceptBefore = List.copyOf(acceptBefore);
    acceptAfter = List.copyOf(acceptAfter);
    acceptSentence = List.copyOf(acceptSentence);
    rejectBefore = List.copyOf(rejectBefore);
    rejectAfter = List.copyOf(rejectAfter);
    verbNextExcept = java.util.Set.copyOf(verbNextExcept);
  }
}
