package org.vigie.search.export;

import java.util.Locale;

/** What an export file holds: one AnnotatedArticle JSON per line, or one flat CSV row per article. */
public enum ExportFormat {
  JSONL("jsonl"),
  CSV("csv");

  private final String extension;

  ExportFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  public static ExportFormat parse(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "jsonl", "ndjson" -> JSONL;
      case "csv" -> CSV;
      default -> throw new IllegalArgumentException("unknown export format '" + s + "' (jsonl or csv)");
    };
  }
}
