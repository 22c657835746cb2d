package org.vigie.search.export;

import java.util.List;
import java.util.stream.Collectors;
import org.vigie.core.AnnotatedArticle;
import org.vigie.core.Entity;
import org.vigie.core.RegulatoryAction;
import org.vigie.core.Topic;

/**
 * One CSV row per article (RFC 4180). Crawled text is hostile: a cell that a spreadsheet would
 * run as a formula (starting with =, +, -, @, tab or CR) is prefixed with an apostrophe.
 */
final class CsvRows {
  static final List<String> HEADER =
      List.of("id", "published", "outlet", "language", "title", "url", "story", "relevance", "entities", "actions", "stances", "topics", "pipeline");

  private CsvRows() {}

  static String header() {
    return String.join(",", HEADER) + "\r\n";
  }

  static String row(AnnotatedArticle a) {
    var art = a.article();
    List<String> cells =
        List.of(
            a.id(),
            art.publishedAt() == null ? "" : art.publishedAt().toString(),
            nz(art.sourceId()),
            a.language(),
            art.title(),
            art.canonicalUrl().toString(),
            nz(art.storyId()),
            a.relevance() == null ? "" : a.relevance().toString(),
            a.entities().stream().map(Entity::id).collect(Collectors.joining(";")),
            a.actions().stream().map(CsvRows::action).collect(Collectors.joining(";")),
            a.stances().stream().map(s -> s.targetId() + ":" + s.label()).distinct().collect(Collectors.joining(";")),
            a.topics().stream().map(Topic::label).map(Enum::name).distinct().collect(Collectors.joining(";")),
            a.provenance() == null ? "" : a.provenance().pipelineVersion());
    return cells.stream().map(CsvRows::cell).collect(Collectors.joining(",")) + "\r\n";
  }

  private static String action(RegulatoryAction r) {
    return r.type() + "/" + r.status() + "(" + nz(r.actorId()) + ">" + nz(r.targetId()) + (r.lawId() == null ? "" : " " + r.lawId())
        + (r.amount() == null ? "" : " " + r.amount().toPlainString() + nz(r.currency())) + ")";
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  static String cell(String v) {
    String s = v;
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) s = "'" + s;
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      s = '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

}
