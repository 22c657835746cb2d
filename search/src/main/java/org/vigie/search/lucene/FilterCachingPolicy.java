package org.vigie.search.lucene;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.UsageTrackingQueryCachingPolicy;
import org.vigie.search.IndexFields;
import org.vigie.search.IndexedArticle;

/**
 * Lucene's query cache keeps, per segment, the bit set of a non-scoring clause it has seen often;
 * this policy lets it keep only the filters (dates, languages, stances, entities…), which an
 * analyst's session repeats query after query, and never anything that reads a text field: free
 * text varies from query to query, and a benchmark repeating a dozen texts would otherwise be
 * measuring the cache, not the search.
 */
final class FilterCachingPolicy implements QueryCachingPolicy {
  private final UsageTrackingQueryCachingPolicy usage = new UsageTrackingQueryCachingPolicy();

  @Override
  public void onUse(Query query) {
    if (filterOnly(query)) usage.onUse(query);
  }

  @Override
  public boolean shouldCache(Query query) throws IOException {
    return filterOnly(query) && usage.shouldCache(query);
  }

  static boolean filterOnly(Query query) {
    AtomicBoolean text = new AtomicBoolean();
    query.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            if (isText(field)) text.set(true);
            return true;
          }

          @Override
          public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return !text.get();
  }

  private static boolean isText(String field) {
    for (String l : IndexedArticle.TEXT_LANGUAGES) {
      if (field.equals(IndexFields.title(l)) || field.equals(IndexFields.text(l))) return true;
    }
    return false;
  }
}
