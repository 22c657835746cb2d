package org.vigie.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.vigie.search.IndexFields;
import org.vigie.search.IndexedArticle;

/**
 * Highlights the words a query matched in a hit's title and text, re-analysing the text with its
 * language's analyzer (so "amendes" is marked for the query "amende"). Both backends use it on
 * the page of hits only, so fragments are identical whichever backend ran the query. Crawled text
 * is HTML-escaped; only the {@code <em>} marks are markup.
 */
public final class SnippetHighlighter {
  private static final int FRAGMENT_CHARS = 160;
  private static final int MAX_FRAGMENTS = 2;

  private SnippetHighlighter() {}

  /** @param query the translated text query ({@link LuceneQueries#text}) */
  public static List<String> highlight(Query query, IndexedArticle a) {
    List<String> out = new ArrayList<>();
    String lang = a.textLanguage();
    Analyzer analyzer = LuceneAnalyzers.forLanguage(lang);
    try {
      String title = best(query, analyzer, IndexFields.title(lang), a.title(), 1, Integer.MAX_VALUE);
      if (title != null) out.add(title);
      if (!a.text().isEmpty()) {
        Highlighter h = highlighter(query, IndexFields.text(lang), FRAGMENT_CHARS);
        for (String f : h.getBestFragments(analyzer, IndexFields.text(lang), a.text(), MAX_FRAGMENTS)) {
          if (f != null && !f.isBlank()) out.add(f.strip());
        }
      }
    } catch (IOException | InvalidTokenOffsetsException e) {
      // highlighting is decoration: a hit without fragments is still a hit
      return List.of();
    }
    return out;
  }

  private static String best(Query q, Analyzer analyzer, String field, String text, int n, int chars)
      throws IOException, InvalidTokenOffsetsException {
    if (text == null || text.isEmpty()) return null;
    Highlighter h = highlighter(q, field, chars);
    h.setTextFragmenter(new org.apache.lucene.search.highlight.NullFragmenter());
    return h.getBestFragment(analyzer, field, text);
  }

  private static Highlighter highlighter(Query q, String field, int fragmentChars) {
    QueryScorer scorer = new QueryScorer(q, field);
    Highlighter h = new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), new SimpleHTMLEncoder(), scorer);
    h.setTextFragmenter(new SimpleSpanFragmenter(scorer, fragmentChars));
    h.setMaxDocCharsToAnalyze(100_000);
    return h;
  }
}
