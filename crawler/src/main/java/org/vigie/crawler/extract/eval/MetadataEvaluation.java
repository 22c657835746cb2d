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
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.vigie.core.Article;
import org.vigie.core.json.VigieJson;
import org.vigie.crawler.extract.DeclaredTitles;
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
      OffsetDateTime date,
      Map<String, String> declaredTitles) {
    public PageResult {
      expectedAuthors = List.copyOf(expectedAuthors);
      authors = List.copyOf(authors);
      declaredTitles = Collections.unmodifiableMap(new LinkedHashMap<>(declaredTitles));
    }

    /** The declared sources whose title equals the reviewed one, in the vote's source order. */
    public List<String> sourcesWithReviewedTitle() {
      String expected = normalise(expectedTitle);
      return declaredTitles.entrySet().stream().filter(e -> normalise(e.getValue()).equals(expected)).map(Map.Entry::getKey).toList();
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

    /** Per declared source: {pages where it equals the reviewed title, pages that declare it}. */
    public Map<String, int[]> titleSourceAgreement() {
      Map<String, int[]> out = new LinkedHashMap<>();
      for (String source : DeclaredTitles.SOURCES) {
        out.put(source, new int[2]);
      }
      for (PageResult r : results) {
        r.declaredTitles().keySet().forEach(k -> out.get(k)[1]++);
        r.sourcesWithReviewedTitle().forEach(k -> out.get(k)[0]++);
      }
      return out;
    }

    /** Pages where at least one declared title is the reviewed one. */
    public int pagesWithReviewedTitleDeclared() {
      return (int) results.stream().filter(r -> !r.sourcesWithReviewedTitle().isEmpty()).count();
    }

    /**
     * The fixed priority order of sources (a page's title is the first source it declares) that
     * gets the most pages right here, with that number: what "trust source X, else Y…" can reach.
     */
    public Map.Entry<List<String>, Integer> bestFixedSourceOrder() {
      List<String> best = List.of();
      int bestRight = -1;
      for (List<String> order : permutations(DeclaredTitles.SOURCES)) {
        int right = 0;
        for (PageResult r : results) {
          for (String source : order) {
            String v = r.declaredTitles().get(source);
            if (v != null) {
              right += normalise(v).equals(normalise(r.expectedTitle())) ? 1 : 0;
              break;
            }
          }
        }
        if (right > bestRight) {
          best = order;
          bestRight = right;
        }
      }
      return Map.entry(best, bestRight);
    }

    /**
     * A ceiling for any rule that decides only from which sources agree with which: pages are
     * grouped by their agreement pattern (the partition of the declared sources into equal
     * titles), and each pattern is credited with its best-scoring group on these very pages. Fitted
     * to the set it measures, so an upper bound, not a reachable figure.
     */
    public int agreementPatternCeiling() {
      Map<String, Map<String, Integer>> byPattern = new LinkedHashMap<>();
      for (PageResult r : results) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        r.declaredTitles().forEach((k, v) -> groups.computeIfAbsent(normalise(v), x -> new ArrayList<>()).add(k));
        String pattern = groups.values().stream().map(g -> String.join("=", g)).sorted().toList().toString();
        Map<String, Integer> right = byPattern.computeIfAbsent(pattern, x -> new LinkedHashMap<>());
        for (List<String> g : groups.values()) {
          boolean ok = normalise(r.declaredTitles().get(g.get(0))).equals(normalise(r.expectedTitle()));
          right.merge(String.join("=", g), ok ? 1 : 0, Integer::sum);
        }
      }
      return byPattern.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).max().orElse(0)).sum();
    }
  }

  private static List<List<String>> permutations(List<String> items) {
    if (items.isEmpty()) {
      return List.of(List.of());
    }
    List<List<String>> out = new ArrayList<>();
    for (String first : items) {
      List<String> rest = new ArrayList<>(items);
      rest.remove(first);
      for (List<String> tail : permutations(rest)) {
        List<String> p = new ArrayList<>();
        p.add(first);
        p.addAll(tail);
        out.add(p);
      }
    }
    return out;
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
    Map<String, String> declared = DeclaredTitles.of(html, url);
    return new PageResult(
        name, country, titleOk, authorsOk, dateOk, expectedTitle, a.title(), expectedAuthors, a.authors(), expectedDate, a.publishedAt(), declared);
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
