package org.vigie.search.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigie.core.EntityCatalog;
import org.vigie.core.EntityCatalog.EntityRef;
import org.vigie.search.IndexedArticle;

/**
 * Rewrites a parsed query so that either language finds both: a run of words naming a
 * knowledge-base entity ("Commission européenne", "Ofcom") becomes "those words, or any article
 * linked to that entity, or its label in the other language"; a key word of the domain ("amende")
 * becomes "it or its translation" ({@link BilingualTerms}). Exclusions are expanded the same way,
 * so "-amende" also leaves out "fine".
 */
public final class CrossLingualExpander {
  /** The longest entity name or term, in words, looked up. */
  private static final int MAX_WORDS = 5;

  private final EntityCatalog catalog;

  public CrossLingualExpander(EntityCatalog catalog) {
    this.catalog = catalog == null ? EntityCatalog.EMPTY : catalog;
  }

  public TextQuery expand(TextQuery q) {
    return switch (q) {
      case TextQuery.MatchAll m -> m;
      case TextQuery.EntityId e -> e;
      case TextQuery.Translation t -> t;
      case TextQuery.Expanded x -> x;
      case TextQuery.Word w -> expandRun(List.of(w)).getFirst();
      case TextQuery.Phrase p -> lookup(p.text(), true).orElse(p);
      case TextQuery.Any any -> new TextQuery.Any(any.alternatives().stream().map(this::expand).toList());
      case TextQuery.All all -> new TextQuery.All(expandRun(all.required()), all.excluded().stream().map(this::expand).toList());
    };
  }

  /** Expands a list of clauses, joining adjacent words into the longest names the catalog knows. */
  private List<TextQuery> expandRun(List<TextQuery> clauses) {
    List<TextQuery> out = new ArrayList<>();
    int i = 0;
    while (i < clauses.size()) {
      if (!(clauses.get(i) instanceof TextQuery.Word)) {
        out.add(expand(clauses.get(i)));
        i++;
        continue;
      }
      int run = 0;
      while (i + run < clauses.size() && clauses.get(i + run) instanceof TextQuery.Word && run < MAX_WORDS) run++;
      boolean matched = false;
      for (int n = run; n >= 1 && !matched; n--) {
        StringBuilder phrase = new StringBuilder();
        for (int k = 0; k < n; k++) {
          if (k > 0) phrase.append(' ');
          phrase.append(((TextQuery.Word) clauses.get(i + k)).text());
        }
        Optional<TextQuery> expanded = lookup(phrase.toString(), n > 1);
        if (expanded.isPresent()) {
          out.add(expanded.get());
          i += n;
          matched = true;
        }
      }
      if (!matched) {
        out.add(clauses.get(i));
        i++;
      }
    }
    return out;
  }

  private Optional<TextQuery> lookup(String phrase, boolean isPhrase) {
    Set<TextQuery> alternatives = new LinkedHashSet<>();
    alternatives.add(isPhrase ? new TextQuery.Phrase(phrase) : new TextQuery.Word(phrase));
    List<EntityRef> refs = catalog.find(phrase);
    for (EntityRef ref : refs) {
      alternatives.add(new TextQuery.EntityId(ref.id()));
      // labels in every language: an article the linker missed still matches its name
      ref.labels().forEach((lang, label) -> alternatives.add(inLanguage(label, lang)));
    }
    if (refs.isEmpty()) {
      String typed = BilingualTerms.normalise(phrase);
      BilingualTerms.equivalents(phrase).ifPresent(g -> g.forEach(t -> {
        // the analyst's own word already searches every language
        if (!BilingualTerms.normalise(t.text()).equals(typed)) alternatives.add(inLanguage(t.text(), t.language()));
      }));
    }
    TextQuery original = alternatives.iterator().next();
    alternatives.remove(original);
    if (alternatives.isEmpty()) return Optional.empty();
    return Optional.of(new TextQuery.Expanded(original, List.copyOf(alternatives)));
  }

  /** A label or translation in {@code lang}, or in every language when {@code lang} has no fields of its own. */
  private static TextQuery inLanguage(String s, String lang) {
    if (IndexedArticle.TEXT_LANGUAGES.contains(lang)) return new TextQuery.Translation(s.strip(), lang);
    return textClause(s);
  }

  private static TextQuery textClause(String s) {
    return s.strip().contains(" ") || s.contains("'") || s.contains("’") ? new TextQuery.Phrase(s.strip()) : new TextQuery.Word(s.strip());
  }
}
