package org.vigie.bench.search;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.vigie.core.AnnotatedArticle;
import org.vigie.core.Article;
import org.vigie.core.Entity;
import org.vigie.core.EntityType;
import org.vigie.core.Provenance;
import org.vigie.core.RegulatoryAction;
import org.vigie.core.Stance;
import org.vigie.core.TextBlock;
import org.vigie.core.Topic;

/**
 * A synthetic corpus grown from the demo articles: each synthetic article takes the title, lede
 * and paragraphs of a random demo article of its language, reshuffled, a date spread over 2025, an
 * outlet, a story of about three articles, and annotations drawn from the demo's entities and
 * actions. Deterministic for a seed, so runs compare.
 */
final class SyntheticCorpus {
  record Template(String lang, String title, String lede, List<String> paragraphs) {}

  static final List<String> OUTLETS_FR = List.of("leveilleur", "tribune-lemanique", "le-messager", "le-fleuve");
  static final List<String> OUTLETS_EN = List.of("albion-courier", "liffey-times", "potomac-ledger", "europolicy-brief");
  static final Map<String, String> COUNTRIES = Map.of("leveilleur", "FR", "tribune-lemanique", "CH", "le-messager", "BE", "le-fleuve", "CA",
      "albion-courier", "GB", "liffey-times", "IE", "potomac-ledger", "US", "europolicy-brief", "EU");
  static final List<Entity> ENTITIES = List.of(
      new Entity("platform/x", EntityType.PLATFORM, "X", 0.8, List.of()),
      new Entity("ai/grok", EntityType.AI_SYSTEM, "Grok", 0.7, List.of()),
      new Entity("eu/commission", EntityType.GOVERNMENT, "European Commission", 0.6, List.of()),
      new Entity("regulator/ofcom", EntityType.REGULATOR, "Ofcom", 0.6, List.of()),
      new Entity("regulator/arcom", EntityType.REGULATOR, "Arcom", 0.5, List.of()),
      new Entity("law/dsa", EntityType.LAW, "DSA", 0.5, List.of()),
      new Entity("law/osa", EntityType.LAW, "Online Safety Act", 0.5, List.of()),
      new Entity("platform/telegram", EntityType.PLATFORM, "Telegram", 0.4, List.of()),
      new Entity("company/openai", EntityType.COMPANY, "OpenAI", 0.4, List.of()),
      new Entity("regulator/cnil", EntityType.REGULATOR, "CNIL", 0.4, List.of()));

  private final List<Template> fr;
  private final List<Template> en;
  private final long seed;

  SyntheticCorpus(List<Template> templates, long seed) {
    this.fr = templates.stream().filter(t -> t.lang().equals("fr")).toList();
    this.en = templates.stream().filter(t -> t.lang().equals("en")).toList();
    this.seed = seed;
    if (fr.isEmpty() || en.isEmpty()) throw new IllegalArgumentException("the demo articles must include French and English ones");
  }

  /** Reads {@code articles/<outlet>/*.yml} of the demo (app/src/main/resources/demo/articles). */
  static List<Template> readDemo(Path articlesDir) throws IOException {
    List<Template> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(articlesDir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) out.add(parse(Files.readAllLines(f)));
    }
    return out;
  }

  /** Just enough YAML for the demo files: scalar lines and the {@code body: |} block. */
  private static Template parse(List<String> lines) {
    String lang = "en", title = "", lede = "";
    List<String> paragraphs = new ArrayList<>();
    boolean body = false;
    StringBuilder para = new StringBuilder();
    for (String l : lines) {
      if (body) {
        String t = l.strip();
        if (t.isEmpty()) {
          if (para.length() > 0) paragraphs.add(para.toString());
          para.setLength(0);
        } else if (!t.startsWith("## ")) {
          para.append(para.length() > 0 ? " " : "").append(t);
        }
        continue;
      }
      if (l.startsWith("lang:")) lang = value(l);
      else if (l.startsWith("title:")) title = value(l);
      else if (l.startsWith("lede:")) lede = value(l);
      else if (l.startsWith("body:")) body = true;
    }
    if (para.length() > 0) paragraphs.add(para.toString());
    return new Template(lang, title, lede, paragraphs);
  }

  private static String value(String line) {
    String v = line.substring(line.indexOf(':') + 1).strip();
    if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) v = v.substring(1, v.length() - 1).replace("\\\"", "\"");
    return v;
  }

  AnnotatedArticle article(long i) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
    boolean french = r.nextInt(2) == 0;
    List<Template> pool = french ? fr : en;
    Template t = pool.get(r.nextInt(pool.size()));
    List<String> outlets = french ? OUTLETS_FR : OUTLETS_EN;
    String outlet = outlets.get(r.nextInt(outlets.size()));
    List<TextBlock> blocks = new ArrayList<>();
    int n = Math.max(1, t.paragraphs().size());
    int start = r.nextInt(n);
    for (int k = 0; k < Math.min(n, 6); k++) {
      if (t.paragraphs().isEmpty()) break;
      blocks.add(TextBlock.paragraph(t.paragraphs().get((start + k) % n)));
    }
    OffsetDateTime at = LocalDate.of(2025, 1, 1).atStartOfDay().atOffset(ZoneOffset.UTC).plusMinutes(r.nextInt(365 * 24 * 60));
    List<Entity> entities = new ArrayList<>();
    int ne = 1 + r.nextInt(4);
    int e0 = r.nextInt(ENTITIES.size());
    for (int k = 0; k < ne; k++) entities.add(ENTITIES.get((e0 + k * 3) % ENTITIES.size()));
    List<RegulatoryAction> actions = new ArrayList<>();
    if (r.nextInt(3) == 0) {
      RegulatoryAction.Type type = RegulatoryAction.Type.values()[r.nextInt(RegulatoryAction.Type.values().length)];
      actions.add(new RegulatoryAction(type, RegulatoryAction.Status.values()[r.nextInt(4)], "regulator/ofcom", "platform/x",
          r.nextBoolean() ? "law/dsa" : "law/osa", type == RegulatoryAction.Type.FINE ? BigDecimal.valueOf(1 + r.nextInt(500), -6) : null,
          type == RegulatoryAction.Type.FINE ? "EUR" : null, at.toLocalDate(), null));
    }
    List<Stance> stances = List.of(new Stance(null, "platform/x", Stance.Label.values()[r.nextInt(3)], 0.7, null));
    List<Topic> topics = List.of(new Topic(Topic.Label.values()[r.nextInt(Topic.Label.values().length)], 0.8));
    String story = "story-" + (i / 3);
    Article a = new Article(null, URI.create("https://" + outlet + ".example/a/" + i), null, outlet, t.title() + " (" + i + ")", t.lede(),
        List.of("Bench"), at, null, "Tech", t.lang(), blocks, at.toInstant().plusSeconds(600), story, null);
    return new AnnotatedArticle(a, t.lang(), 0.99, entities, stances, actions, topics, r.nextDouble(),
        new Provenance("bench-synthetic", Map.of("kb", "demo"), at.toInstant(), at.toInstant().plusSeconds(900), null));
  }
}
