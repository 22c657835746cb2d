package org.vigie.search.elasticsearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vigie.core.AnnotatedArticle;
import org.vigie.core.json.VigieJson;
import org.vigie.search.Facet;
import org.vigie.search.IndexFields;
import org.vigie.search.IndexedArticle;

/** Turns an article into the JSON document of the index template, field for field like LuceneDocuments. */
final class ElasticsearchDocuments {
  static final String INDEXED_AT = "indexed_at";

  private ElasticsearchDocuments() {}

  static Map<String, Object> toDocument(AnnotatedArticle article, Map<String, String> countryByOutlet, long now) {
    IndexedArticle a = IndexedArticle.of(article, countryByOutlet);
    Map<String, Object> d = new LinkedHashMap<>();
    d.put(IndexFields.ID, a.id());
    d.put(IndexFields.TITLE_RAW, a.title());
    d.put(IndexFields.title(a.textLanguage()), a.title());
    if (!a.text().isEmpty()) d.put(IndexFields.text(a.textLanguage()), a.text());
    for (Facet f : Facet.values()) {
      if (!a.values(f).isEmpty()) d.put(f.field(), new ArrayList<>(a.values(f)));
    }
    if (a.publishedMillis() != null) d.put(IndexFields.PUBLISHED, a.publishedMillis());
    if (a.relevance() != null) d.put(IndexFields.RELEVANCE, a.relevance());
    d.put(INDEXED_AT, now);
    try {
      // the article verbatim as a string: decimals and dates come back exactly as they went in
      d.put(IndexFields.SOURCE, VigieJson.mapper().writeValueAsString(article));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
    return d;
  }

  static AnnotatedArticle fromSource(Object source) {
    try {
      return VigieJson.mapper().readValue((String) source, AnnotatedArticle.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("unreadable article source in the index", e);
    }
  }
}
