package org.vigie.nlp.entities;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.vigie.core.EntityType;
import org.vigie.core.TextField;
import org.vigie.nlp.eval.EntityCorpus;
import org.vigie.nlp.eval.GoldArticle;
import org.vigie.nlp.eval.GoldMention;
import org.vigie.nlp.text.OpenNlpSegmenter;
import org.vigie.nlp.text.Segmentation;

/**
 * Trains the name finder on the train split of the annotated corpus ({@code eval/entities}),
 * for persons, organisations and places whatever the KB knows of them, so that it learns how
 * names look rather than which names exist. One bilingual model: the corpus is small, and the
 * cues (capitals, titles, "said", "a déclaré") are shared.
 *
 * <p>Reproducible: the samples come in file order, maxent training is deterministic, and the
 * parameters are fixed here. Run:
 *
 * <pre>
 * ./mvnw -q -B -o -pl nlp -am compile exec:java -Dexec.mainClass=org.vigie.nlp.entities.NameFinderTrainer \
 *   -Dexec.args="eval/entities app/src/main/resources/demo/articles nlp/src/main/resources/models/vigie-namefinder-3.bin"
 * </pre>
 */
public final class NameFinderTrainer {
  static final Map<EntityType, String> TYPES =
      Map.of(EntityType.PERSON, "person", EntityType.ORGANIZATION, "organization", EntityType.LOCATION, "location");

  private NameFinderTrainer() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: NameFinderTrainer CORPUS_DIR DEMO_ARTICLES_DIR OUT.bin");
      System.exit(2);
    }
    List<GoldArticle> train =
        EntityCorpus.load(Path.of(args[0]), Path.of(args[1])).stream().filter(g -> g.split().equals("train")).toList();
    TokenNameFinderModel model = train(train, OpenNlpSegmenter.loadDefault());
    Path out = Path.of(args[2]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream os = Files.newOutputStream(out)) {
      model.serialize(os);
    }
    System.out.println("trained on " + train.size() + " articles → " + out);
  }

  /** The fixed parameters of the shipped model. */
  public static TrainingParameters parameters() {
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ITERATIONS_PARAM, 150);
    params.put(TrainingParameters.CUTOFF_PARAM, 1);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    // greedy decoding: a beam of 3 triples the cost of the pipeline's dearest step for no gain
    // measurable on the corpus (two-fold cross-validation by outlet on the train split)
    params.put(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER, 1);
    return params;
  }

  public static TokenNameFinderModel train(List<GoldArticle> articles, OpenNlpSegmenter segmenter) throws IOException {
    return train(articles, segmenter, parameters());
  }

  public static TokenNameFinderModel train(List<GoldArticle> articles, OpenNlpSegmenter segmenter, TrainingParameters params)
      throws IOException {
    List<NameSample> samples = new ArrayList<>();
    for (GoldArticle g : articles) {
      for (TextField field : TextField.values()) {
        String text = g.article().text(field);
        if (text.isBlank()) continue;
        samples.addAll(samples(segmenter.segment(text, g.language()), g.mentions(), field));
      }
    }
    TokenNameFinderFactory factory = new TokenNameFinderFactory(null, Map.of(), new BioCodec());
    return NameFinderME.train("mul", null, ObjectStreamUtils.createObjectStream(samples), params, factory);
  }

  /** One sample per sentence; gold spans that do not fall on token boundaries are left out. */
  static List<NameSample> samples(Segmentation seg, List<GoldMention> gold, TextField field) {
    List<NameSample> out = new ArrayList<>();
    for (int s = 0; s < seg.sentenceCount(); s++) {
      int from = seg.firstTokenAtOrAfter(seg.sentenceStart(s));
      int to = from;
      while (to < seg.tokenCount() && seg.tokenEnd(to) <= seg.sentenceEnd(s)) to++;
      if (to == from) continue;
      String[] tokens = new String[to - from];
      for (int t = from; t < to; t++) tokens[t - from] = seg.token(t);
      List<Span> names = new ArrayList<>();
      for (GoldMention m : gold) {
        String type = nameType(m);
        if (type == null || m.field() != field) continue;
        int a = -1;
        int b = -1;
        for (int t = from; t < to; t++) {
          if (seg.tokenStart(t) == m.start()) a = t;
          if (seg.tokenEnd(t) == m.end()) b = t;
        }
        if (a >= 0 && b >= a) names.add(new Span(a - from, b - from + 1, type));
      }
      out.add(new NameSample(tokens, names.toArray(Span[]::new), s == 0));
    }
    return out;
  }

  /** The name-finder type of a gold mention: named people (officials included), organisations, places. */
  static String nameType(GoldMention m) {
    if (m.type() == EntityType.OFFICIAL) {
      // only officials named by their name: "Liz Kendall", not "a spokesperson"
      return m.id().startsWith("new/official/") || m.id().startsWith("official/")
              ? (Character.isUpperCase(m.text().charAt(0)) && !m.text().contains(" de ") && m.text().split(" ").length <= 4
                  && !m.text().matches("(?i)^(a|an|the|le|la|un|une)\\b.*") ? "person" : null)
              : null;
    }
    return TYPES.get(m.type());
  }
}
