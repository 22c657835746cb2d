package org.vigie.nlp.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.vigie.core.AnnotatedArticle;
import org.vigie.core.Entity;
import org.vigie.core.EntityMention;
import org.vigie.core.TextField;

/** Scores an annotator's entities against the gold corpus ({@link EntityScores} defines the figures). */
public final class EntityEvaluator {
  private EntityEvaluator() {}

  private record Key(TextField field, int start, int end) {}

  private record SystemMention(Entity entity, EntityMention mention) {}

  /**
   * @param annotate the system under test, given an article and its gold language (the figures
   *     measure entities, not language detection)
   */
  public static EntityScores evaluate(List<GoldArticle> corpus, Function<GoldArticle, AnnotatedArticle> annotate) {
    EntityScores scores = new EntityScores();
    for (GoldArticle gold : corpus) {
      scores.articles++;
      String lang = gold.language();
      Map<Key, GoldMention> goldByKey = new HashMap<>();
      for (GoldMention g : gold.mentions()) goldByKey.put(new Key(g.field(), g.start(), g.end()), g);
      Map<Key, SystemMention> systemByKey = new HashMap<>();
      for (Entity e : annotate.apply(gold).entities()) {
        for (EntityMention m : e.mentions()) systemByKey.put(new Key(m.field(), m.start(), m.end()), new SystemMention(e, m));
      }
      for (var entry : systemByKey.entrySet()) {
        SystemMention s = entry.getValue();
        GoldMention g = goldByKey.get(entry.getKey());
        if (g != null && g.type() == s.entity().type()) {
          scores.language(lang).tp++;
          scores.type(lang, g.type()).tp++;
        } else {
          scores.language(lang).fp++;
          scores.type(lang, s.entity().type()).fp++;
        }
        if (g != null) {
          scores.recognised++;
          boolean same = g.id().equals(s.entity().id()) || (g.isNew() && s.entity().id().startsWith("new/"));
          if (same) scores.linkedCorrectly++;
        }
        if (s.entity().id().equals("platform/x")) {
          scores.xSystem++;
          if (g != null && g.id().equals("platform/x")) scores.xCorrect++;
        }
      }
      for (var entry : goldByKey.entrySet()) {
        SystemMention s = systemByKey.get(entry.getKey());
        if (s == null || s.entity().type() != entry.getValue().type()) {
          scores.language(lang).fn++;
          scores.type(lang, entry.getValue().type()).fn++;
        }
      }
    }
    return scores;
  }
}
