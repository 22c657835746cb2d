package org.vigie.search.lucene;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.vigie.search.IndexFields;

/**
 * One analyzer per language field. French: standard tokenizer, elision (l', d', qu'…), lower case,
 * stop words, light stemmer; English: possessives, lower case, stop words, Porter stemmer; other
 * languages: standard tokenizer and lower case. These are the classes behind Elasticsearch's
 * {@code french}, {@code english} and {@code standard} analyzers, so both backends cut words the
 * same way.
 */
public final class LuceneAnalyzers {
  private static final Analyzer FRENCH = new FrenchAnalyzer();
  private static final Analyzer ENGLISH = new EnglishAnalyzer();
  private static final Analyzer STANDARD = new StandardAnalyzer();
  private static final Analyzer PER_FIELD = build();

  private LuceneAnalyzers() {}

  /** The analyzer of a text-field suffix ({@code fr}, {@code en}, {@code xx}). */
  public static Analyzer forLanguage(String textLanguage) {
    return switch (textLanguage) {
      case "fr" -> FRENCH;
      case "en" -> ENGLISH;
      default -> STANDARD;
    };
  }

  /** The Elasticsearch analyzer name of a text-field suffix. */
  public static String elasticsearchName(String textLanguage) {
    return switch (textLanguage) {
      case "fr" -> "french";
      case "en" -> "english";
      default -> "standard";
    };
  }

  /** Text fields get their language's analyzer; every other field is one keyword. */
  public static Analyzer perField() {
    return PER_FIELD;
  }

  private static Analyzer build() {
    Map<String, Analyzer> m = new HashMap<>();
    for (String l : org.vigie.search.IndexedArticle.TEXT_LANGUAGES) {
      m.put(IndexFields.title(l), forLanguage(l));
      m.put(IndexFields.text(l), forLanguage(l));
    }
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), m);
  }
}
