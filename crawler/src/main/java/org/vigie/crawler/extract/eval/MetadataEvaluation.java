package org.vigie.crawler.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.vigie.core.Article;
import org.vigie.core.json.VigieJson;
import org.vigie.crawler.extract.JsoupArticleExtractor;

/**
 * Scores title, author and published-date extraction on pages in the Fundus test layout: per
 * country folder, {@code <Publisher>.json} holds one reviewed record per parser version ({@code
 * V1}, {@code V1_1}, {@code V2}…) and {@code <Publisher>_<date>.html.gz} the pages; versions and
 * pages pair up in sorted order (each new parser version was written against a newer page).
 * {@code meta.info} gives each page's URL and crawl time.
 *
 * <p>A title is right when it equals the reviewed one after the typographic folding {@link
 * #normalise} documents (Unicode NFKC, invisible format characters, quote and dash styles, white
 * space, a trailing full stop);
 * authors when the two sets of names are equal ignoring case; a date when it is within a minute of
 * the reviewed instant (or local time, when the reviewed date has no offset).
 */
public final class MetadataEvaluation {

  /** One page's outcome, with what was expected and found, for the report's error list. */
  public record PageResult(
      String file,
      String country,
      boolean titleOk,
      boolean authorsOk,
      Boolean dateOk,
      String expectedTitle,
      String title,
      List<String> expectedAuthors,
      List<String> authors,
      String expectedDate,
      OffsetDateTime date) {
    public PageResult {
      expectedAuthors = List.copyOf(expectedAuthors);
      authors = List.copyOf(authors);
    }
  }

  /** Accuracies over all pages and over the French folder. */
  public record Report(
      double titleAccuracy,
      double authorAccuracy,
      double dateAccuracy,
      double frenchTitleAccuracy,
      double frenchDateAccuracy,
      int pages,
      int datedPages,
      List<PageResult> results) {
    public Report {
      results = List.copyOf(results);
    }

    /** Title accuracy per country folder ("fr", "uk"…), in folder order, with its page count. */
    public java.util.SortedMap<String, String> titleAccuracyByCountry() {
      java.util.SortedMap<String, int[]> counts = new java.util.TreeMap<>();
      for (PageResult r : results) {
        int[] c = counts.computeIfAbsent(r.country(), k -> new int[2]);
        c[0] += r.titleOk() ? 1 : 0;
        c[1]++;
      }
      java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
      counts.forEach((k, c) -> out.put(k, String.format(Locale.ROOT, "%.3f (%d/%d)", ratio(c[0], c[1]), c[0], c[1])));
      return out;
    }
  }

  private MetadataEvaluation() {}

  public static Report run(Path dir, JsoupArticleExtractor extractor) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("not a directory: " + dir);
    }
    List<PageResult> results = new ArrayList<>();
    List<Path> countries;
    try (Stream<Path> s = Files.list(dir)) {
      countries = s.filter(Files::isDirectory).sorted().toList();
    }
    for (Path country : countries) {
      Path metaInfo = country.resolve("meta.info");
      JsonNode meta = Files.isRegularFile(metaInfo) ? VigieJson.mapper().readTree(metaInfo.toFile()) : null;
      List<Path> truths;
      try (Stream<Path> s = Files.list(country)) {
        truths = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
      }
      for (Path truthFile : truths) {
        String publisher = truthFile.getFileName().toString().replaceFirst("\\.json$", "");
        JsonNode truth = VigieJson.mapper().readTree(truthFile.toFile());
        List<String> versions = new ArrayList<>();
        for (Iterator<String> it = truth.fieldNames(); it.hasNext(); ) {
          versions.add(it.next());
        }
        versions.sort(null);
        List<Path> pages;
        try (Stream<Path> s = Files.list(country)) {
          pages =
              s.filter(p -> p.getFileName().toString().startsWith(publisher + "_") && p.getFileName().toString().endsWith(".html.gz"))
                  .sorted()
                  .toList();
        }
        if (pages.size() != versions.size()) {
          throw new IOException(
              truthFile + ": " + versions.size() + " reviewed versions but " + pages.size() + " pages");
        }
        for (int i = 0; i < pages.size(); i++) {
          results.add(score(country.getFileName().toString(), pages.get(i), truth.get(versions.get(i)), meta, extractor));
        }
      }
    }
    return summarise(results);
  }

  private static PageResult score(String country, Path page, JsonNode truth, JsonNode meta, JsoupArticleExtractor extractor) throws IOException {
    String name = page.getFileName().toString();
    JsonNode info = meta == null ? null : meta.get(name);
    URI url = URI.create(info != null && info.has("url") ? info.get("url").asText() : "https://example.invalid/" + name);
    Instant fetchedAt = crawlTime(info);
    String html = new String(ExtractionEvaluation.gunzip(page), StandardCharsets.UTF_8);
    Article a = extractor.extract(html, url, fetchedAt);

    String expectedTitle = truth.path("title").asText("");
    boolean titleOk = normalise(expectedTitle).equals(normalise(a.title()));
    List<String> expectedAuthors = new ArrayList<>();
    truth.path("authors").forEach(n -> expectedAuthors.add(n.asText()));
    boolean authorsOk = sameNames(expectedAuthors, a.authors());
    String expectedDate = truth.path("publishing_date").isTextual() ? truth.get("publishing_date").asText() : null;
    Boolean dateOk = expectedDate == null ? null : sameTime(expectedDate, a.publishedAt());
    return new PageResult(name, country, titleOk, authorsOk, dateOk, expectedTitle, a.title(), expectedAuthors, a.authors(), expectedDate, a.publishedAt());
  }

  private static Report summarise(List<PageResult> results) {
    int titles = 0;
    int authors = 0;
    int dates = 0;
    int dated = 0;
    int frPages = 0;
    int frTitles = 0;
    int frDated = 0;
    int frDates = 0;
    for (PageResult r : results) {
      titles += r.titleOk() ? 1 : 0;
      authors += r.authorsOk() ? 1 : 0;
      boolean fr = r.country().equals("fr");
      frPages += fr ? 1 : 0;
      frTitles += fr && r.titleOk() ? 1 : 0;
      if (r.dateOk() != null) {
        dated++;
        dates += r.dateOk() ? 1 : 0;
        frDated += fr ? 1 : 0;
        frDates += fr && r.dateOk() ? 1 : 0;
      }
    }
    int n = results.size();
    return new Report(
        ratio(titles, n), ratio(authors, n), ratio(dates, dated), ratio(frTitles, frPages), ratio(frDates, frDated), n, dated, results);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /**
   * The form two titles are compared in, applied alike to the reviewed and the extracted one. Only
   * differences a reader would not call a different title are folded, each a Unicode notion rather
   * than a list of cases:
   *
   * <ol>
   *   <li>Unicode compatibility normalisation (NFKC): a non-breaking or narrow space is a space, a
   *       ligature its letters;
   *   <li>invisible format characters (category Cf: soft hyphen, zero-width space and joiners,
   *       word joiner, byte-order mark, direction marks) removed: they change where a line may
   *       break or how text runs, not what it says;
   *   <li>curly single quotes (‘ ’ ‚ ‛) read as the apostrophe, curly double quotes (“ ” „ ‟) as
   *       the straight double quote, and dash punctuation (category Pd: hyphen, en and em dash…)
   *       as the hyphen-minus;
   *   <li>runs of white space made one space, ends trimmed, and the spaces French typography puts
   *       inside guillemets dropped ("« Non »" and "«Non»");
   *   <li>a trailing full stop or ellipsis dropped ("…do couple have?..." and "…do couple have?").
   * </ol>
   *
   * Words, letters, case and punctuation inside the title still count.
   */
  static String normalise(String s) {
    if (s == null) {
      return "";
    }
    String nfkc = Normalizer.normalize(s, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(nfkc.length());
    boolean space = false;
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      int type = Character.getType(c);
      if (type == Character.FORMAT) {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = b.length() > 0;
        continue;
      }
      if (c == '\u2018' || c == '\u2019' || c == '\u201a' || c == '\u201b') {
        c = '\'';
      } else if (c == '\u201c' || c == '\u201d' || c == '\u201e' || c == '\u201f') {
        c = '"';
      } else if (type == Character.DASH_PUNCTUATION) {
        c = '-';
      }
      if (space && c != '\u00bb' && (b.isEmpty() || b.charAt(b.length() - 1) != '\u00ab')) {
        b.append(' ');
      }
      space = false;
      b.append(c);
    }
    int end = b.length();
    while (end > 0 && (b.charAt(end - 1) == '.' || b.charAt(end - 1) == '\u2026' || b.charAt(end - 1) == ' ')) {
      end--;
    }
    return b.substring(0, end);
  }

  static boolean sameNames(List<String> expected, List<String> found) {
    if (expected.size() != found.size()) {
      return false;
    }
    List<String> a = expected.stream().map(x -> normalise(x).toLowerCase(Locale.ROOT)).sorted().toList();
    List<String> b = found.stream().map(x -> normalise(x).toLowerCase(Locale.ROOT)).sorted().toList();
    return a.equals(b);
  }

  static boolean sameTime(String expected, OffsetDateTime found) {
    if (found == null) {
      return false;
    }
    String iso = expected.strip().replace(' ', 'T');
    try {
      OffsetDateTime e = OffsetDateTime.parse(iso);
      return Duration.between(e.toInstant(), found.toInstant()).abs().compareTo(Duration.ofMinutes(1)) < 0;
    } catch (DateTimeParseException noOffset) {
      try {
        LocalDateTime e = LocalDateTime.parse(iso);
        return Duration.between(e, found.toLocalDateTime()).abs().compareTo(Duration.ofMinutes(1)) < 0;
      } catch (DateTimeParseException bad) {
        return false;
      }
    }
  }

  private static Instant crawlTime(JsonNode info) {
    if (info != null && info.has("crawl_date")) {
      try {
        return LocalDateTime.parse(info.get("crawl_date").asText().strip().replace(' ', 'T')).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException ignored) {
        // fall through to a fixed time: only relative dates ("3 hours ago") depend on it
      }
    }
    return Instant.parse("2024-01-01T00:00:00Z");
  }
}
