package org.vigie.search.lucene;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.vigie.search.Facet;
import org.vigie.search.IndexFields;
import org.vigie.search.IndexedArticle;
import org.vigie.search.SearchFilters;
import org.vigie.search.query.TextQuery;

/**
 * Translates the backend-neutral query into Lucene queries. A word or phrase searches every
 * language's title and text fields, each analysed by its own analyzer, and scores by the best
 * field (dis_max); a word that is only a stop word in every language drops out, as in
 * Elasticsearch's {@code match}.
 */
public final class LuceneQueries {
  private LuceneQueries() {}

  /** The scoring part, or {@link MatchNoDocsQuery} when nothing searchable is left. */
  public static Query text(TextQuery q) {
    Query built = build(q);
    return built == null ? new MatchNoDocsQuery("only stop words") : built;
  }

  /** The query for one text against one language's fields, or null when it has no tokens there. */
  public static Query textInLanguage(String text, String lang) {
    QueryBuilder qb = new QueryBuilder(LuceneAnalyzers.forLanguage(lang));
    List<Query> perField = new ArrayList<>();
    Query title = qb.createPhraseQuery(IndexFields.title(lang), text);
    if (title != null) perField.add(new BoostQuery(title, IndexFields.TITLE_BOOST));
    Query body = qb.createPhraseQuery(IndexFields.text(lang), text);
    if (body != null) perField.add(body);
    if (perField.isEmpty()) return null;
    return bestOf(perField);
  }

  private static Query build(TextQuery q) {
    return switch (q) {
      case TextQuery.MatchAll m -> new MatchAllDocsQuery();
      case TextQuery.Word w -> anyLanguage(w.text());
      case TextQuery.Phrase p -> anyLanguage(p.text());
      case TextQuery.Translation t -> textInLanguage(t.text(), t.language());
      case TextQuery.EntityId e -> new TermQuery(new Term(Facet.ENTITY.field(), e.id()));
      case TextQuery.Expanded x -> {
        // the best of the literal words and their expansions, not the sum: "fine", "fines" and
        // "fined" all stem to one English term and must not count three times
        List<Query> options = new ArrayList<>();
        Query original = build(x.original());
        if (original != null) options.add(original);
        for (TextQuery alt : x.alternatives()) {
          Query c = build(alt);
          if (c != null) options.add(new BoostQuery(c, TextQuery.Expanded.weightOf(alt)));
        }
        yield options.isEmpty() ? null : bestOf(options);
      }
      case TextQuery.Any any -> {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int n = 0;
        for (TextQuery alt : any.alternatives()) {
          Query c = build(alt);
          if (c != null) {
            b.add(c, Occur.SHOULD);
            n++;
          }
        }
        yield n == 0 ? null : b.build();
      }
      case TextQuery.All all -> {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int required = 0;
        for (TextQuery r : all.required()) {
          Query c = build(r);
          if (c != null) {
            b.add(c, Occur.MUST);
            required++;
          }
        }
        int excluded = 0;
        for (TextQuery x : all.excluded()) {
          Query c = build(x);
          if (c != null) {
            b.add(c, Occur.MUST_NOT);
            excluded++;
          }
        }
        if (required == 0 && excluded == 0) yield null;
        if (required == 0) b.add(new MatchAllDocsQuery(), Occur.MUST);
        yield b.build();
      }
    };
  }

  private static Query anyLanguage(String text) {
    List<Query> perLanguage = new ArrayList<>();
    for (String lang : IndexedArticle.TEXT_LANGUAGES) {
      Query q = textInLanguage(text, lang);
      if (q != null) perLanguage.add(q);
    }
    if (perLanguage.isEmpty()) return null;
    return bestOf(perLanguage);
  }

  /**
   * The best-scoring of {@code options} (dis_max, tie breaker 0), flattened: a dis_max inside a
   * dis_max, boosted or not, becomes its clauses with the boosts multiplied, and a clause present
   * twice keeps its highest boost. Scores are unchanged (the max of maxes is the max, and {@code
   * max(a·s, b·s) = max(a, b)·s}), but the scorer visits one priority queue instead of three
   * nested ones, and no longer scores "fine", "fines" and "fined", which all stem to one English
   * term, three times: the 6 languages×fields of a word times its 7 translations came to 42
   * clauses for "amende", about 20 distinct ones.
   */
  static Query bestOf(List<Query> options) {
    Map<Query, Float> best = new java.util.LinkedHashMap<>();
    for (Query q : options) flatten(q, 1f, best);
    List<Query> clauses = new ArrayList<>(best.size());
    best.forEach((q, boost) -> clauses.add(boost == 1f ? q : new BoostQuery(q, boost)));
    return clauses.size() == 1 ? clauses.getFirst() : new DisjunctionMaxQuery(clauses, 0f);
  }

  private static void flatten(Query q, float boost, Map<Query, Float> best) {
    if (q instanceof BoostQuery b) {
      flatten(b.getQuery(), boost * b.getBoost(), best);
    } else if (q instanceof DisjunctionMaxQuery d && d.getTieBreakerMultiplier() == 0f) {
      for (Query c : d.getDisjuncts()) flatten(c, boost, best);
    } else {
      best.merge(q, boost, Math::max);
    }
  }

  /** Adds the filters as non-scoring clauses. */
  public static void addFilters(BooleanQuery.Builder b, SearchFilters f) {
    if (f.from() != null || f.to() != null) {
      long lo = f.from() == null ? Long.MIN_VALUE : f.from().toEpochMilli();
      long hi = f.to() == null ? Long.MAX_VALUE : f.to().toEpochMilli() - 1;
      b.add(LongPoint.newRangeQuery(IndexFields.PUBLISHED, lo, hi), Occur.FILTER);
    }
    if (f.minRelevance() != null) {
      b.add(DoublePoint.newRangeQuery(IndexFields.RELEVANCE, f.minRelevance(), Double.POSITIVE_INFINITY), Occur.FILTER);
    }
    for (Map.Entry<Facet, Set<String>> e : f.terms().entrySet()) {
      String field = e.getKey().field();
      if (e.getKey() == Facet.ENTITY) {
        for (String v : e.getValue()) b.add(new TermQuery(new Term(field, v)), Occur.FILTER);
      } else {
        List<BytesRef> values = e.getValue().stream().map(BytesRef::new).toList();
        b.add(new TermInSetQuery(field, values), Occur.FILTER);
      }
    }
  }
}
