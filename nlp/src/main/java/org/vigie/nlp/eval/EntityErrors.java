package org.vigie.nlp.eval;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.vigie.core.AnnotatedArticle;
import org.vigie.core.Entity;
import org.vigie.core.EntityMention;
import org.vigie.core.EntityType;
import org.vigie.core.TextField;
import org.vigie.nlp.NlpPipeline;
import org.vigie.nlp.NlpResources;
import org.vigie.nlp.entities.NameFinderTrainer;

/**
 * Error listing for rule work: the train split, each outlet fold scored by a name finder retrained
 * on the other folds (as {@link EntityCrossValidation} does), every false positive and false
 * negative printed with its context, the system's method and the gold reading. It reads only the
 * train split, so the held-out split stays unread while rules change.
 *
 * <pre>
 * ./mvnw -q -B -o -pl nlp org.codehaus.mojo:exec-maven-plugin:3.5.1:java \
 *   -Dexec.mainClass=org.vigie.nlp.eval.EntityErrors \
 *   -Dexec.args="eval/entities app/src/main/resources/demo/articles 2 ORGANIZATION,PERSON"
 * </pre>
 */
public final class EntityErrors {
  private EntityErrors() {}

  private record Key(TextField field, int start, int end) {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: EntityErrors CORPUS_DIR DEMO_ARTICLES_DIR [FOLDS] [TYPE,TYPE…]");
      System.exit(2);
    }
    int folds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    Set<EntityType> types = new TreeSet<>();
    if (args.length > 3) for (String t : args[3].split(",")) types.add(EntityType.valueOf(t.strip()));
    List<GoldArticle> train =
        EntityCorpus.load(Path.of(args[0]), Path.of(args[1])).stream().filter(g -> g.split().equals("train")).toList();
    List<String> outlets = new ArrayList<>(new TreeSet<>(train.stream().map(GoldArticle::outlet).toList()));
    NlpResources base = NlpResources.loadDefault();
    EntityScores totals = new EntityScores();
    for (int f = 0; f < folds; f++) {
      Set<String> held = new TreeSet<>();
      for (int i = f; i < outlets.size(); i += folds) held.add(outlets.get(i));
      List<GoldArticle> fit = train.stream().filter(g -> !held.contains(g.outlet())).toList();
      TokenNameFinderModel model = NameFinderTrainer.train(fit, base.segmenter());
      NlpPipeline pipeline =
          new NlpResources(base.languageDetector(), base.segmenter(), base.kb(), base.rules(), model)
              .pipeline("errors", Clock.systemUTC())
              .withCountryByOutlet(EntityCorpus.countryByOutlet(Path.of(args[0]), Path.of(args[1])));
      List<GoldArticle> score = train.stream().filter(g -> held.contains(g.outlet())).toList();
      Map<String, AnnotatedArticle> annotated = new HashMap<>();
      for (GoldArticle g : score) annotated.put(g.ref(), pipeline.annotate(g.article(), g.language()));
      for (GoldArticle g : score) print(g, annotated.get(g.ref()), types);
      EntityScores scores = EntityEvaluator.evaluate(score, g -> annotated.get(g.ref()));
      totals.add(scores);
      System.out.println("fold " + (f + 1) + " of " + folds + ", held out: " + held);
      System.out.print(scores.report());
    }
    System.out.println("all folds");
    System.out.print(totals.report());
  }

  private static void print(GoldArticle gold, AnnotatedArticle annotated, Set<EntityType> types) {
    Map<Key, GoldMention> goldByKey = new HashMap<>();
    for (GoldMention m : gold.mentions()) goldByKey.put(new Key(m.field(), m.start(), m.end()), m);
    Map<Key, Entity> systemEntity = new HashMap<>();
    Map<Key, EntityMention> systemMention = new HashMap<>();
    for (Entity e : annotated.entities()) {
      for (EntityMention m : e.mentions()) {
        Key k = new Key(m.field(), m.start(), m.end());
        systemEntity.put(k, e);
        systemMention.put(k, m);
      }
    }
    for (var entry : systemEntity.entrySet()) {
      Entity e = entry.getValue();
      GoldMention g = goldByKey.get(entry.getKey());
      boolean wanted = types.isEmpty() || types.contains(e.type()) || (g != null && types.contains(g.type()));
      if (!wanted) continue;
      if (g == null || g.type() != e.type()) {
        String goldSays = g == null ? "none" : g.type() + " " + g.id();
        line("FP", gold, entry.getKey(), e.type() + " " + e.id() + " [" + systemMention.get(entry.getKey()).method() + "] gold: " + goldSays);
      } else if (!g.id().equals(e.id()) && !(g.isNew() && e.id().startsWith("new/"))) {
        line("LINK", gold, entry.getKey(), e.id() + " [" + systemMention.get(entry.getKey()).method() + "] gold: " + g.id());
      }
    }
    for (var entry : goldByKey.entrySet()) {
      GoldMention g = entry.getValue();
      if (!types.isEmpty() && !types.contains(g.type())) continue;
      Entity e = systemEntity.get(entry.getKey());
      if (e == null) {
        String overlap = overlapping(systemEntity, systemMention, entry.getKey());
        line("FN", gold, entry.getKey(), g.type() + " " + g.id() + (overlap.isEmpty() ? "" : " system: " + overlap));
      }
    }
  }

  private static String overlapping(Map<Key, Entity> entities, Map<Key, EntityMention> mentions, Key k) {
    StringBuilder sb = new StringBuilder();
    entities.forEach((key, e) -> {
      if (key.field() == k.field() && key.start() < k.end() && k.start() < key.end()) {
        sb.append('"').append(mentions.get(key).text()).append("\" ").append(e.type()).append(' ').append(e.id())
            .append(" [").append(mentions.get(key).method()).append("] ");
      }
    });
    return sb.toString();
  }

  private static void line(String kind, GoldArticle gold, Key k, String what) {
    String text = gold.article().text(k.field());
    String before = text.substring(Math.max(0, k.start() - 60), k.start()).replace('\n', ' ').replace('\r', ' ');
    String after = text.substring(k.end(), Math.min(text.length(), k.end() + 40)).replace('\n', ' ').replace('\r', ' ');
    System.out.printf(
        Locale.ROOT, "%-4s %s %-18s …%s[[%s]]%s… → %s%n", kind, gold.language(), gold.outlet(), before,
        text.substring(k.start(), k.end()), after, what);
  }
}
