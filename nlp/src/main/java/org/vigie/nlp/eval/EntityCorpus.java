package org.vigie.nlp.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.vigie.core.Article;
import org.vigie.core.EntityType;
import org.vigie.core.TextBlock;
import org.vigie.core.TextField;

/**
 * Reads the annotated entity corpus ({@code eval/entities/README.md}): annotation files naming
 * their article ({@code demo:} under the demo corpus, {@code eval:} under {@code articles/}) and
 * listing annotated texts, expanded here to spans exactly as {@code eval/entities/check.py} does:
 * every whole-word, case-sensitive occurrence in title, lede then body, minus the {@code except}
 * indexes, a shorter text not counted inside a longer one.
 *
 * <p>The body is rebuilt as the extractor would give it (paragraphs and {@code ## } headings as
 * blocks joined by a blank line), so gold offsets index into {@link Article#bodyText()}.
 */
public final class EntityCorpus {
  /** The split of the demo outlets, as {@code eval/entities/README.md} fixes it. */
  static final Map<String, String> DEMO_SPLIT =
      Map.of(
          "leveilleur", "train", "tribune-lemanique", "train", "albion-courier", "train", "potomac-ledger", "train",
          "le-messager", "test", "le-fleuve", "test", "liffey-times", "test", "europolicy-brief", "test");

  private EntityCorpus() {}

  /**
   * @param corpusDir {@code eval/entities}
   * @param demoDir the demo articles ({@code app/src/main/resources/demo/articles})
   */
  public static List<GoldArticle> load(Path corpusDir, Path demoDir) throws IOException {
    YAMLMapper yaml = new YAMLMapper();
    Map<String, String> split = new HashMap<>(DEMO_SPLIT);
    Path outlets = corpusDir.resolve("articles/outlets.yml");
    if (Files.exists(outlets)) {
      for (JsonNode o : yaml.readTree(outlets.toFile()).path("outlets")) {
        split.put(o.path("id").asText(), o.path("split").asText("train"));
      }
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpusDir.resolve("annotations"))) {
      files = walk.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
    }
    List<GoldArticle> out = new ArrayList<>();
    for (Path file : files) {
      JsonNode ann = yaml.readTree(file.toFile());
      String ref = ann.path("article").asText();
      Path articleFile = resolveRef(ref, corpusDir, demoDir);
      JsonNode a = yaml.readTree(articleFile.toFile());
      Article article = article(a);
      String outlet = a.path("outlet").asText();
      List<GoldMention> mentions = expand(ann.path("mentions"), article, file);
      out.add(new GoldArticle(ref, outlet, a.path("lang").asText(), split.getOrDefault(outlet, "train"), article, mentions));
    }
    return out;
  }

  /**
   * Each outlet's country, as a crawl knows it from {@code Source#country()}: the evaluation-only
   * outlets ({@code articles/outlets.yml}) and the demo outlets ({@code outlets.yml} beside the
   * demo articles).
   */
  public static Map<String, String> countryByOutlet(Path corpusDir, Path demoDir) throws IOException {
    YAMLMapper yaml = new YAMLMapper();
    Map<String, String> countries = new HashMap<>();
    for (Path file : List.of(demoDir.resolve("../outlets.yml").normalize(), corpusDir.resolve("articles/outlets.yml"))) {
      if (!Files.exists(file)) continue;
      for (JsonNode o : yaml.readTree(file.toFile()).path("outlets")) {
        if (!o.path("country").asText("").isEmpty()) countries.put(o.path("id").asText(), o.path("country").asText());
      }
    }
    return countries;
  }

  private static Path resolveRef(String ref, Path corpusDir, Path demoDir) {
    if (ref.startsWith("demo:")) return demoDir.resolve(ref.substring(5));
    if (ref.startsWith("eval:")) return corpusDir.resolve("articles").resolve(ref.substring(5));
    throw new IllegalArgumentException("article reference neither demo: nor eval: " + ref);
  }

  /** One article file of the demo format, as an Article (for benchmarks and tools). */
  public static Article readArticle(Path file) throws IOException {
    return article(new YAMLMapper().readTree(file.toFile()));
  }

  static Article article(JsonNode a) {
    List<TextBlock> blocks = new ArrayList<>();
    for (String para : a.path("body").asText("").split("\\n\\s*\\n")) {
      String text = para.strip();
      if (text.isEmpty()) continue;
      if (text.startsWith("## ")) {
        int nl = text.indexOf('\n');
        blocks.add(TextBlock.heading((nl < 0 ? text : text.substring(0, nl)).substring(3).strip()));
        if (nl >= 0) blocks.add(TextBlock.paragraph(text.substring(nl + 1).strip()));
      } else {
        blocks.add(TextBlock.paragraph(text.replace('\n', ' ')));
      }
    }
    URI url = URI.create("https://" + a.path("outlet").asText("outlet") + ".example/" + a.path("slug").asText("article"));
    String lede = a.path("lede").asText(null);
    java.time.OffsetDateTime published = null;
    if (!a.path("published").asText("").isEmpty()) {
      try {
        published = java.time.OffsetDateTime.parse(a.path("published").asText());
      } catch (java.time.format.DateTimeParseException e) {
        published = null; // a bad date only costs the office-holder lookup its date
      }
    }
    return new Article(
        null, url, null, a.path("outlet").asText(null), a.path("title").asText(""), lede, List.of(), published, null,
        a.path("section").asText(null), a.path("lang").asText(null), blocks, Instant.EPOCH, null, null);
  }

  private record Occurrence(int entry, TextField field, int start, int end) {}

  static List<GoldMention> expand(JsonNode entries, Article article, Path file) {
    List<JsonNode> list = new ArrayList<>();
    entries.forEach(list::add);
    List<Occurrence> candidates = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode m = list.get(i);
      Set<Integer> except = new HashSet<>();
      m.path("except").forEach(n -> except.add(n.asInt()));
      int k = 0;
      for (TextField field : TextField.values()) {
        String text = article.text(field);
        for (int[] span : occurrences(m.path("text").asText(), text)) {
          if (!except.contains(k)) candidates.add(new Occurrence(i, field, span[0], span[1]));
          k++;
        }
      }
    }
    List<GoldMention> out = new ArrayList<>();
    for (Occurrence o : candidates) {
      boolean covered = false;
      for (Occurrence other : candidates) {
        if (other != o && other.entry() != o.entry() && other.field() == o.field() && other.start() <= o.start()
            && o.end() <= other.end() && other.end() - other.start() > o.end() - o.start()) {
          covered = true;
          break;
        }
      }
      if (covered) continue;
      JsonNode m = list.get(o.entry());
      EntityType type;
      try {
        type = EntityType.valueOf(m.path("type").asText());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ": bad type in " + m, e);
      }
      String text = article.text(o.field()).substring(o.start(), o.end());
      out.add(new GoldMention(o.field(), o.start(), o.end(), text, type, m.path("id").asText()));
    }
    return out;
  }

  /** Whole-word, case-sensitive occurrences, as Python's {@code (?<!\w)text(?!\w)}. */
  static List<int[]> occurrences(String needle, String haystack) {
    List<int[]> found = new ArrayList<>();
    if (needle.isEmpty()) return found;
    int from = 0;
    while (true) {
      int i = haystack.indexOf(needle, from);
      if (i < 0) break;
      int end = i + needle.length();
      boolean leftOk = i == 0 || !isWordChar(haystack.charAt(i - 1));
      boolean rightOk = end == haystack.length() || !isWordChar(haystack.charAt(end));
      if (leftOk && rightOk) {
        found.add(new int[] {i, end});
        from = end;
      } else {
        from = i + 1;
      }
    }
    return found;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
