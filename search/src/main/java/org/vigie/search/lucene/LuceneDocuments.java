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
    // Every language's fields on every document, empty but for its own language: an empty field
    // adds no term and leaves the field's statistics (document count, lengths) alone, but it gives
    // the document a norm, so each field's norms are dense. Sparse norms (a field on half the
    // documents) cost an IndexedDISI lookup per scored document and field: 8 % of the heavy
    // request's CPU at 1,000,000 articles (JFR).
    for (String l : IndexedArticle.TEXT_LANGUAGES) {
      d.add(new TextField(IndexFields.title(l), l.equals(lang) ? a.title() : "", Field.Store.NO));
      d.add(new TextField(IndexFields.text(l), l.equals(lang) ? a.text() : "", Field.Store.NO));
    }
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
