package org.vigie.search.query;

import java.util.List;
import java.util.Objects;

/**
 * The parsed free text of a query, independent of the backend: each backend translates this tree
 * into its own query, so a query means the same thing on Lucene and on Elasticsearch.
 */
public sealed interface TextQuery {

  /** Everything (blank text). */
  record MatchAll() implements TextQuery {}

  /** One word, analysed per language field. */
  record Word(String text) implements TextQuery {
    public Word {
      Objects.requireNonNull(text, "text");
    }
  }

  /** Words in this order, analysed per language field. */
  record Phrase(String text) implements TextQuery {
    public Phrase {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A word or phrase the cross-lingual expansion added in one language (a translation, an entity's
   * label in that language): searched only in that language's fields, analysed by its analyzer.
   */
  record Translation(String text, String language) implements TextQuery {
    public Translation {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(language, "language");
    }
  }

  /** Articles linked to this knowledge-base entity, whatever the language they name it in. */
  record EntityId(String id) implements TextQuery {
    public EntityId {
      Objects.requireNonNull(id, "id");
    }
  }

  /** Every clause must match; {@code excluded} must not. */
  record All(List<TextQuery> required, List<TextQuery> excluded) implements TextQuery {
    public All {
      required = List.copyOf(required);
      excluded = List.copyOf(excluded);
    }
  }

  /**
   * The analyst's own words, or what the cross-lingual expansion added for them (translations, the
   * entity's id and names). Expansions count for less than the literal words, so a French query
   * ranks French coverage first and still finds the English.
   */
  record Expanded(TextQuery original, List<TextQuery> alternatives) implements TextQuery {
    /** The weight of an expansion relative to the literal words. */
    public static final float WEIGHT = 0.5f;

    /**
     * The boost of one expansion. A phrase's score sums the weight of each of its words, so a
     * three-word name ("Digital Services Act") would outweigh the one word the analyst typed
     * ("DSA"); dividing by the word count makes a name count as one word.
     */
    public static float weightOf(TextQuery alternative) {
      if (alternative instanceof Phrase p) return WEIGHT / Math.max(1, p.text().strip().split("\\s+").length);
      if (alternative instanceof Translation t) return WEIGHT / Math.max(1, t.text().strip().split("\\s+").length);
      return WEIGHT;
    }

    public Expanded {
      Objects.requireNonNull(original, "original");
      alternatives = List.copyOf(alternatives);
    }
  }

  /** At least one clause matches. */
  record Any(List<TextQuery> alternatives) implements TextQuery {
    public Any {
      alternatives = List.copyOf(alternatives);
      if (alternatives.isEmpty()) throw new IllegalArgumentException("no alternatives");
    }
  }
}
