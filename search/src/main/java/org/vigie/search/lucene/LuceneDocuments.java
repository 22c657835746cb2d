package org.vigie.search.lucene;

import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.vigie.search.Facet;
import org.vigie.search.IndexFields;
import org.vigie.search.IndexedArticle;

/** Turns the flat view of an article into a Lucene document. */
final class LuceneDocuments {
  private LuceneDocuments() {}

  /**
   * @param sourceJson the whole AnnotatedArticle as JSON, stored so {@code get} and export return
   *     exactly what was indexed
   */
  static Document toDocument(IndexedArticle a, byte[] sourceJson) {
    Document d = new Document();
    d.add(new StringField(IndexFields.ID, a.id(), Field.Store.NO));
    // sort tie-breaker and search_after key
    d.add(new SortedDocValuesField(IndexFields.ID, new BytesRef(a.id())));
    String lang = a.textLanguage();
    d.add(new TextField(IndexFields.title(lang), a.title(), Field.Store.NO));
    if (!a.text().isEmpty()) d.add(new TextField(IndexFields.text(lang), a.text(), Field.Store.NO));
    for (Facet f : Facet.values()) {
      Set<String> values = a.values(f);
      // one field object for the term and its doc value (what StringField + SortedSetDocValuesField did)
      for (String v : values) d.add(new KeywordField(f.field(), v, Field.Store.NO));
    }
    if (a.publishedMillis() != null) {
      d.add(new LongPoint(IndexFields.PUBLISHED, a.publishedMillis()));
      d.add(new NumericDocValuesField(IndexFields.PUBLISHED, a.publishedMillis()));
    }
    if (a.relevance() != null) d.add(new DoublePoint(IndexFields.RELEVANCE, a.relevance()));
    d.add(new StoredField(IndexFields.SOURCE, sourceJson));
    return d;
  }
}
