package org.vigie.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.vigie.search.Facet;
import org.vigie.search.FacetCount;
import org.vigie.search.IndexFields;
import org.vigie.search.TrendResult;
import org.vigie.search.query.TrendBuckets;

/**
 * Facet counts and date histograms over the documents a query matched, read from doc values in
 * one pass per field. Segment ordinals are counted in an array and turned into strings once per
 * segment, so the cost is one array increment per value per matching document.
 */
final class LuceneAggregations {
  private LuceneAggregations() {}

  static List<FacetCount> facet(Collection<MatchingDocs> matches, Facet facet, int size) throws IOException {
    Map<String, Long> counts = new HashMap<>();
    for (MatchingDocs md : matches) {
      if (md.totalHits() == 0 || md.bits() == null) continue;
      SortedSetDocValues dv = DocValues.getSortedSet(md.context().reader(), facet.field());
      long valueCount = dv.getValueCount();
      if (valueCount == 0) continue;
      // a dense array for fields with few values; a map for high-cardinality ones (story, entity)
      boolean dense = valueCount <= 65_536;
      int[] dense_counts = dense ? new int[(int) valueCount] : null;
      Map<Long, Integer> sparse = dense ? null : new HashMap<>();
      DocIdSetIterator it = md.bits().iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (!dv.advanceExact(doc)) continue;
        for (int i = 0, n = dv.docValueCount(); i < n; i++) {
          long ord = dv.nextOrd();
          if (dense) dense_counts[(int) ord]++;
          else sparse.merge(ord, 1, Integer::sum);
        }
      }
      if (dense) {
        for (int ord = 0; ord < dense_counts.length; ord++) {
          if (dense_counts[ord] > 0) counts.merge(dv.lookupOrd(ord).utf8ToString(), (long) dense_counts[ord], Long::sum);
        }
      } else {
        for (Map.Entry<Long, Integer> e : sparse.entrySet()) {
          counts.merge(dv.lookupOrd(e.getKey()).utf8ToString(), (long) e.getValue(), Long::sum);
        }
      }
    }
    List<FacetCount> out = new ArrayList<>(counts.size());
    counts.forEach((k, v) -> out.add(new FacetCount(k, v)));
    out.sort(TrendBuckets.FACET_ORDER);
    return out.size() > size ? List.copyOf(out.subList(0, size)) : out;
  }

  /** Feeds every matching document's day (and split values) into {@code buckets}. */
  static void histogram(Collection<MatchingDocs> matches, Facet split, TrendBuckets buckets) throws IOException {
    for (MatchingDocs md : matches) {
      if (md.totalHits() == 0 || md.bits() == null) continue;
      NumericDocValues published = DocValues.getNumeric(md.context().reader(), IndexFields.PUBLISHED);
      SortedSetDocValues dv = split == null ? null : DocValues.getSortedSet(md.context().reader(), split.field());
      Map<Long, Long> perDay = new HashMap<>();
      Map<Long, Map<Long, Long>> perOrdDay = new HashMap<>();
      DocIdSetIterator it = md.bits().iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (!published.advanceExact(doc)) continue;
        long day = Math.floorDiv(published.longValue(), 86_400_000L);
        perDay.merge(day, 1L, Long::sum);
        if (dv != null && dv.advanceExact(doc)) {
          for (int i = 0, n = dv.docValueCount(); i < n; i++) {
            perOrdDay.computeIfAbsent(dv.nextOrd(), k -> new HashMap<>()).merge(day, 1L, Long::sum);
          }
        }
      }
      perDay.forEach((day, n) -> {
        buckets.addTotal(java.time.LocalDate.ofEpochDay(day), n);
        if (split == null) buckets.add(TrendResult.ALL, java.time.LocalDate.ofEpochDay(day), n);
      });
      for (Map.Entry<Long, Map<Long, Long>> e : perOrdDay.entrySet()) {
        String value = dv.lookupOrd(e.getKey()).utf8ToString();
        e.getValue().forEach((day, n) -> buckets.add(value, java.time.LocalDate.ofEpochDay(day), n));
      }
    }
  }
}
