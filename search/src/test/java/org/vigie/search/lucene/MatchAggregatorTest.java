package org.vigie.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.search.Facet;
import org.vigie.search.FacetCount;

/**
 * Facet counts for each width of the in-memory ordinal columns: fewer than 128 values (bytes),
 * fewer than 65,535 (chars) and more (ints), single- and multi-valued, with documents that have
 * no value. The contract suite's fixtures only reach the byte columns.
 */
class MatchAggregatorTest {
  @TempDir Path dir;

  @Test
  void counts_are_exact_whatever_the_number_of_values_of_a_field() throws IOException {
    Random random = new Random(7);
    // OUTLET single-valued with 300 values (chars), TOPIC single-valued with 70,000 (ints),
    // ENTITY multi-valued with 500 (chars), ACTION multi-valued with 5 (fixed rows of bytes), LAW
    // multi-valued with 20 (bytes, variable rows); some absent
    Map<Facet, Map<String, Long>> expected = new HashMap<>();
    try (Directory directory = FSDirectory.open(dir)) {
      try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
        for (int i = 0; i < 80_000; i++) {
          Document d = new Document();
          if (i % 10 != 0) add(d, expected, Facet.OUTLET, "outlet-" + random.nextInt(300));
          add(d, expected, Facet.TOPIC, "topic-" + (i < 70_000 ? i : random.nextInt(70_000)));
          int entities = random.nextInt(4); // 0 to 3 values
          for (String e : randomDistinct(random, entities, 500, "entity-")) add(d, expected, Facet.ENTITY, e);
          for (String a : randomDistinct(random, random.nextInt(3), 5, "action-")) add(d, expected, Facet.ACTION, a);
          // LAW: 20 values, one document with 9 of them, too wide for fixed rows
          for (String l : randomDistinct(random, i == 123 ? 9 : random.nextInt(2), 20, "law-")) add(d, expected, Facet.LAW, l);
          w.addDocument(d);
          if (i == 75_000) w.flush(); // two segments, whose ordinals differ
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        Set<Facet> facets = Set.of(Facet.OUTLET, Facet.TOPIC, Facet.ENTITY, Facet.ACTION, Facet.LAW);
        MatchAggregator.Counts counts = new IndexSearcher(reader).search(new MatchAllDocsQuery(), MatchAggregator.facetsOnly(facets));
        assertThat(counts.total).isEqualTo(80_000);
        SegmentColumns.OrdColumn outlets = SegmentColumns.of(reader.leaves().getFirst().reader()).column(Facet.OUTLET);
        assertThat(outlets.midOrds()).as("300 values take the char column").isNotNull();
        SegmentColumns first = SegmentColumns.of(reader.leaves().getFirst().reader());
        assertThat(first.column(Facet.TOPIC).midOrds()).as("too many for chars").isNull();
        assertThat(first.column(Facet.ACTION).fixedOrds()).as("at most 2 of 5 values a document").isNotNull();
        assertThat(first.column(Facet.LAW).fixedOrds()).as("a document with 9 values").isNull();
        assertThat(first.column(Facet.LAW).smallOrds()).isNotNull();
        for (Facet f : facets) {
          List<FacetCount> got = counts.facet(f, Integer.MAX_VALUE);
          Map<String, Long> asMap = new HashMap<>();
          for (FacetCount c : got) asMap.put(c.value(), c.count());
          assertThat(asMap).as(f.name()).isEqualTo(expected.get(f));
        }
      }
    }
  }

  private static void add(Document d, Map<Facet, Map<String, Long>> expected, Facet f, String value) {
    d.add(new KeywordField(f.field(), value, Field.Store.NO));
    expected.computeIfAbsent(f, x -> new HashMap<>()).merge(value, 1L, Long::sum);
  }

  private static List<String> randomDistinct(Random random, int n, int of, String prefix) {
    return random.ints(0, of).distinct().limit(n).mapToObj(i -> prefix + i).toList();
  }
}
