package org.vigie.search;

/**
 * Field names shared by the Lucene documents and the Elasticsearch mapping. Text fields are
 * {@code title_<lang>} and {@code text_<lang>} for {@code lang} in {@link
 * IndexedArticle#TEXT_LANGUAGES}; keyword fields are named by {@link Facet#field()}.
 */
public final class IndexFields {
  public static final String ID = "id";
  public static final String PUBLISHED = "published";
  public static final String RELEVANCE = "relevance";
  public static final String SOURCE = "source";
  /** Title as written, kept for result lists. */
  public static final String TITLE_RAW = "title_raw";

  /** Titles weigh more than body text: a headline naming the fine is about the fine. */
  public static final float TITLE_BOOST = 3f;

  /** Raised whenever the field layout changes; an index of an older version is rebuilt. */
  public static final int MAPPING_VERSION = 1;

  private IndexFields() {}

  public static String title(String lang) {
    return "title_" + lang;
  }

  public static String text(String lang) {
    return "text_" + lang;
  }
}
