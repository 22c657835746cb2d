package org.vigie.search.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.search.Facet;
import org.vigie.search.IndexFields;
import org.vigie.search.IndexedArticle;
import org.vigie.search.SearchFilters;
import org.vigie.search.lucene.LuceneQueries;
import org.vigie.search.query.TextQuery;

/**
 * Translates the backend-neutral query into the Elasticsearch DSL, clause for clause as {@link
 * LuceneQueries} does for Lucene: dis_max over each language's title (boosted) and text fields,
 * expansions weighted the same way, and a word dropped where the same analyzer, run locally, finds
 * only stop words. Only {@code match_phrase}, {@code term}, {@code terms}, {@code range}, {@code
 * bool} and {@code dis_max} are used: every cluster and the test node serve them.
 */
final class ElasticsearchQueries {
  private ElasticsearchQueries() {}

  static Query text(TextQuery q) {
    Query built = build(q);
    return built == null ? Query.of(b -> b.matchNone(m -> m)) : built;
  }

  private static Query build(TextQuery q) {
    return switch (q) {
      case TextQuery.MatchAll m -> Query.of(b -> b.matchAll(a -> a));
      case TextQuery.Word w -> anyLanguage(w.text());
      case TextQuery.Phrase p -> anyLanguage(p.text());
      case TextQuery.Translation t -> inLanguage(t.text(), t.language());
      case TextQuery.EntityId e -> Query.of(b -> b.term(t -> t.field(Facet.ENTITY.field()).value(e.id())));
      case TextQuery.Expanded x -> {
        List<Query> options = new ArrayList<>();
        Query original = build(x.original());
        if (original != null) options.add(original);
        for (TextQuery alt : x.alternatives()) {
          Query c = build(alt);
          float w = TextQuery.Expanded.weightOf(alt);
          if (c != null) options.add(Query.of(b -> b.bool(bb -> bb.must(c).boost(w))));
        }
        yield options.isEmpty() ? null : options.size() == 1 ? options.getFirst() : disMax(options);
      }
      case TextQuery.Any any -> {
        List<Query> should = new ArrayList<>();
        for (TextQuery alt : any.alternatives()) {
          Query c = build(alt);
          if (c != null) should.add(c);
        }
        yield should.isEmpty() ? null : Query.of(b -> b.bool(bb -> bb.should(should).minimumShouldMatch("1")));
      }
      case TextQuery.All all -> {
        List<Query> must = new ArrayList<>();
        List<Query> mustNot = new ArrayList<>();
        for (TextQuery r : all.required()) {
          Query c = build(r);
          if (c != null) must.add(c);
        }
        for (TextQuery x : all.excluded()) {
          Query c = build(x);
          if (c != null) mustNot.add(c);
        }
        if (must.isEmpty() && mustNot.isEmpty()) yield null;
        if (must.isEmpty()) must.add(Query.of(b -> b.matchAll(a -> a)));
        yield Query.of(b -> b.bool(bb -> bb.must(must).mustNot(mustNot)));
      }
    };
  }

  private static Query disMax(List<Query> queries) {
    return Query.of(b -> b.disMax(d -> d.queries(queries).tieBreaker(0.0)));
  }

  private static Query anyLanguage(String text) {
    List<Query> perLanguage = new ArrayList<>();
    for (String lang : IndexedArticle.TEXT_LANGUAGES) {
      Query q = inLanguage(text, lang);
      if (q != null) perLanguage.add(q);
    }
    if (perLanguage.isEmpty()) return null;
    return perLanguage.size() == 1 ? perLanguage.getFirst() : disMax(perLanguage);
  }

  /** The text against one language's title and text fields, or null when it has no tokens there. */
  private static Query inLanguage(String text, String lang) {
    // the same analyzer, run here, says whether the words survive in this language's fields
    if (LuceneQueries.textInLanguage(text, lang) == null) return null;
    Query title = Query.of(b -> b.matchPhrase(m -> m.field(IndexFields.title(lang)).query(text).boost(IndexFields.TITLE_BOOST)));
    Query body = Query.of(b -> b.matchPhrase(m -> m.field(IndexFields.text(lang)).query(text)));
    return disMax(List.of(title, body));
  }

  static Query withFilters(Query text, SearchFilters f) {
    if (f.isEmpty()) return text;
    BoolQuery.Builder b = new BoolQuery.Builder().must(text);
    if (f.from() != null || f.to() != null) {
      b.filter(Query.of(q -> q.range(r -> r.date(d -> {
        d.field(IndexFields.PUBLISHED).format("epoch_millis");
        if (f.from() != null) d.gte(Long.toString(f.from().toEpochMilli()));
        if (f.to() != null) d.lt(Long.toString(f.to().toEpochMilli()));
        return d;
      }))));
    }
    if (f.minRelevance() != null) {
      b.filter(Query.of(q -> q.range(r -> r.number(n -> n.field(IndexFields.RELEVANCE).gte(f.minRelevance())))));
    }
    for (Map.Entry<Facet, Set<String>> e : f.terms().entrySet()) {
      String field = e.getKey().field();
      if (e.getKey() == Facet.ENTITY) {
        for (String v : e.getValue()) b.filter(Query.of(q -> q.term(t -> t.field(field).value(v))));
      } else {
        List<FieldValue> values = e.getValue().stream().map(FieldValue::of).toList();
        b.filter(Query.of(q -> q.terms(t -> t.field(field).terms(tt -> tt.value(values)))));
      }
    }
    return Query.of(q -> q.bool(b.build()));
  }
}
