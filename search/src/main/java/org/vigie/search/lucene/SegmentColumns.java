package org.vigie.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.vigie.search.Facet;
import org.vigie.search.IndexFields;

/**
 * The doc values of one segment that facets and trends read, decoded once into plain arrays: per
 * keyword field the ordinal(s) of each document and the strings of the ordinals, and each
 * document's publication time. Counting a facet then costs one array read and one increment per
 * value, instead of an {@code advanceExact} through the codec per document and field, which was a
 * third of the heavy request's time (JFR, 100,000 articles).
 *
 * <p>Segments are immutable and their doc values are never updated in place (an update is a
 * delete and an add), so the arrays are cached by the segment core and dropped when it closes.
 * At 1,000,000 articles the five facet fields and the date take about 60 MB (the date twice: its
 * milliseconds and its day).
 */
final class SegmentColumns {
  private static final Map<IndexReader.CacheKey, SegmentColumns> CACHE = new ConcurrentHashMap<>();

  /** Ordinals of one keyword field: {@code ords[doc]} (-1 when absent) or, when some document has several values, the range {@code starts[doc]..starts[doc+1]} of {@code ords}. */
  record OrdColumn(int[] starts, int[] ords, String[] values, byte[] smallOrds, char[] midOrds, byte[] fixedOrds, int width) {
    static final OrdColumn EMPTY = new OrdColumn(null, new int[0], new String[0]);
    /** At most this many values a document for {@link #fixedOrds}. */
    static final int MAX_FIXED_WIDTH = 8;

    /**
     * @param smallOrds the same ordinals as bytes when there are fewer than 128 values (outlets,
     *     languages, actions, topics): counting reads a quarter of the memory, and at 1,000,000
     *     documents an int column (4 MB) no longer fits the cache where a byte column (1 MB) does
     * @param midOrds otherwise, when there are fewer than 65,535 values (entities), the ordinals
     *     plus one as chars (0 for a document without a value): the entity column, ~10 values a
     *     document, was a third of the counting pass's time, most of it waiting for memory
     */
    OrdColumn(int[] starts, int[] ords, String[] values, byte[] smallOrds, char[] midOrds) {
      this(starts, ords, values, smallOrds, midOrds, null, 0);
    }

    OrdColumn(int[] starts, int[] ords, String[] values) {
      this(starts, ords, values, values.length < 128 ? toBytes(ords) : null,
          values.length >= 128 && values.length < Character.MAX_VALUE ? toChars(ords) : null);
    }

    /**
     * The same column with, for a multi-valued field of fewer than 255 values and at most {@link
     * #MAX_FIXED_WIDTH} values a document (entity types, laws, topics), every document's
     * ordinals plus one in a fixed-width row ({@code fixedOrds[doc * width + i]}, 0 for an empty
     * place): counting then needs no {@code starts} lookup and runs a loop of constant length,
     * half the time of the variable-length one (one thread, 92,000 matches of a 460,000-document
     * segment: 0.75 against 1.5 ms).
     */
    OrdColumn withFixedRows() {
      if (singleValued() || values.length >= 255) return this;
      int maxDoc = starts.length - 1;
      int w = 0;
      for (int doc = 0; doc < maxDoc; doc++) w = Math.max(w, starts[doc + 1] - starts[doc]);
      if (w == 0 || w > MAX_FIXED_WIDTH) return this;
      byte[] rows = new byte[Math.multiplyExact(maxDoc, w)];
      for (int doc = 0; doc < maxDoc; doc++) {
        for (int j = starts[doc], at = doc * w; j < starts[doc + 1]; j++, at++) rows[at] = (byte) (ords[j] + 1);
      }
      return new OrdColumn(starts, ords, values, smallOrds, midOrds, rows, w);
    }

    private static byte[] toBytes(int[] ords) {
      byte[] b = new byte[ords.length];
      for (int i = 0; i < ords.length; i++) b[i] = (byte) ords[i];
      return b;
    }

    private static char[] toChars(int[] ords) {
      char[] c = new char[ords.length];
      for (int i = 0; i < ords.length; i++) c[i] = (char) (ords[i] + 1);
      return c;
    }

    boolean singleValued() {
      return starts == null;
    }
  }

  /** Publication times; {@link Long#MIN_VALUE} where missing. */
  private volatile long[] published;
  private volatile char[] days;
  /** Days 0..65533 since 1970 (until 2149) fit a day column; 0 there means "read published()". */
  static final int MAX_COLUMN_DAY = Character.MAX_VALUE - 2;

  private final LeafReader reader;
  private final Map<Facet, OrdColumn> columns = new EnumMap<>(Facet.class);

  private SegmentColumns(LeafReader reader) {
    this.reader = reader;
  }

  static SegmentColumns of(LeafReader reader) {
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    if (helper == null) return new SegmentColumns(reader);
    return CACHE.computeIfAbsent(
        helper.getKey(),
        key -> {
          helper.addClosedListener(CACHE::remove);
          return new SegmentColumns(reader);
        });
  }

  synchronized OrdColumn column(Facet facet) {
    OrdColumn c = columns.get(facet);
    if (c == null) {
      c = decode(facet.field());
      columns.put(facet, c);
    }
    return c;
  }

  long[] published() {
    long[] p = published;
    if (p == null) {
      synchronized (this) {
        if (published == null) published = decodePublished();
        p = published;
      }
    }
    return p;
  }

  /**
   * Each document's UTC day since 1970, plus one; 0 for a document without a date or dated
   * outside the column's range ({@link #MAX_COLUMN_DAY}), whose time {@link #published()} gives.
   * A trend over whole days reads 2 bytes per match instead of 8 and divides nothing: the
   * division of the epoch milliseconds by a day was most of the day counting's cost.
   */
  char[] days() {
    char[] d = days;
    if (d == null) {
      synchronized (this) {
        if (days == null) {
          long[] p = published();
          char[] out = new char[p.length];
          for (int doc = 0; doc < p.length; doc++) {
            if (p[doc] == Long.MIN_VALUE) continue;
            long day = Math.floorDiv(p[doc], 86_400_000L);
            if (day >= 0 && day <= MAX_COLUMN_DAY) out[doc] = (char) (day + 1);
          }
          days = out;
        }
        d = days;
      }
    }
    return d;
  }

  private long[] decodePublished() {
    try {
      long[] out = new long[reader.maxDoc()];
      java.util.Arrays.fill(out, Long.MIN_VALUE);
      NumericDocValues dv = DocValues.getNumeric(reader, IndexFields.PUBLISHED);
      for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) out[doc] = dv.longValue();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private OrdColumn decode(String field) {
    try {
      int maxDoc = reader.maxDoc();
      SortedSetDocValues dv = DocValues.getSortedSet(reader, field);
      long valueCount = dv.getValueCount();
      if (valueCount == 0) return OrdColumn.EMPTY;
      String[] values = new String[Math.toIntExact(valueCount)];
      TermsEnum terms = dv.termsEnum();
      int i = 0;
      for (BytesRef t = terms.next(); t != null; t = terms.next()) values[i++] = t.utf8ToString();
      // first pass: one value per document? then a flat array is enough
      int[] counts = new int[maxDoc];
      long total = 0;
      boolean single = true;
      for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
        counts[doc] = dv.docValueCount();
        total += counts[doc];
        if (counts[doc] > 1) single = false;
      }
      SortedSetDocValues again = DocValues.getSortedSet(reader, field);
      if (single) {
        int[] ords = new int[maxDoc];
        java.util.Arrays.fill(ords, -1);
        for (int doc = again.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = again.nextDoc()) ords[doc] = (int) again.nextOrd();
        return new OrdColumn(null, ords, values);
      }
      int[] starts = new int[maxDoc + 1];
      for (int doc = 0; doc < maxDoc; doc++) starts[doc + 1] = starts[doc] + counts[doc];
      int[] ords = new int[Math.toIntExact(total)];
      for (int doc = again.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = again.nextDoc()) {
        for (int k = 0, n = again.docValueCount(), at = starts[doc]; k < n; k++) ords[at + k] = (int) again.nextOrd();
      }
      return new OrdColumn(starts, ords, values).withFixedRows();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
