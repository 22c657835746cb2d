package org.vigie.nlp.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.vigie.core.EntityCatalog.EntityRef;
import org.vigie.core.EntityType;
import org.vigie.nlp.text.Segmentation;

/**
 * The statistical name finder ({@link NameFinderTrainer}'s model) for persons, organisations and
 * places the knowledge base lacks. A name it finds that the KB does know (by another spelling
 * the gazetteer missed) is linked to the KB entity; the others get {@code new/<type>/<slug>} ids.
 *
 * <p>The {@link TitleRule} runs after it; a person it finds next to a public office's title is
 * made an OFFICIAL here too ("la ministre déléguée au Numérique, Claire Dufresne").
 */
final class OpenNlpNameFinder implements NameRecognizer {
  public static final String MODEL_RESOURCE = "models/vigie-namefinder-3.bin";

  private final KnowledgeBase kb;
  private final ThreadLocal<NameFinderME> finder;

  OpenNlpNameFinder(KnowledgeBase kb, TokenNameFinderModel model) {
    this.kb = kb;
    this.finder = ThreadLocal.withInitial(() -> new NameFinderME(model));
  }

  static TokenNameFinderModel loadDefaultModel() {
    try (InputStream in = OpenNlpNameFinder.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) throw new IllegalStateException("name finder model " + MODEL_RESOURCE + " is not on the classpath");
      return new TokenNameFinderModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + MODEL_RESOURCE, e);
    }
  }

  @Override
  public List<Mention> recognize(List<FieldContext> fields, String language, List<Mention> known) {
    List<Mention> found = new ArrayList<>();
    NameFinderME me = finder.get();
    for (FieldContext ctx : fields) {
      Segmentation seg = ctx.segmentation;
      for (int s = 0; s < seg.sentenceCount(); s++) {
        int from = seg.firstTokenAtOrAfter(seg.sentenceStart(s));
        int to = from;
        while (to < seg.tokenCount() && seg.tokenEnd(to) <= seg.sentenceEnd(s)) to++;
        if (to == from) continue;
        for (int[] window : windows(ctx, seg, from, to, known)) {
          findIn(ctx, seg, s, window[0], window[1], me, known, found);
        }
      }
      me.clearAdaptiveData();
    }
    return found;
  }

  /** Tokens the model sees on each side of a capitalised token that no known mention explains. */
  private static final int BEFORE = 4;

  private static final int AFTER = 5;

  /**
   * The stretches of a sentence worth tagging: a few tokens around each capitalised token past
   * the first that no known mention covers, merged where they meet. The maxent search is the
   * pipeline's dearest step and costs per token, so the rest of the sentence (names the
   * gazetteer explained, lower-case prose) is not searched; the margins keep the model's two-token
   * context windows whole around the candidates.
   */
  private static List<int[]> windows(FieldContext ctx, Segmentation seg, int from, int to, List<Mention> known) {
    List<int[]> windows = new ArrayList<>();
    for (int t = from + 1; t < to; t++) {
      String tok = seg.token(t);
      if (tok.isEmpty() || !Character.isUpperCase(tok.charAt(0)) || covered(ctx, seg.tokenStart(t), known)) continue;
      int a = Math.max(from, t - BEFORE);
      int b = Math.min(to, t + AFTER + 1);
      if (!windows.isEmpty() && windows.getLast()[1] >= a) windows.getLast()[1] = b;
      else windows.add(new int[] {a, b});
    }
    return windows;
  }

  private static boolean covered(FieldContext ctx, int start, List<Mention> known) {
    for (Mention m : known) if (m.field() == ctx.field && m.start() <= start && start < m.end()) return true;
    return false;
  }

  private void findIn(
      FieldContext ctx, Segmentation seg, int s, int from, int to, NameFinderME me, List<Mention> known, List<Mention> found) {
    String[] tokens = new String[to - from];
    for (int t = from; t < to; t++) tokens[t - from] = seg.token(t);
    for (Span span : me.find(tokens)) {
      int start = seg.tokenStart(from + span.getStart());
      int end = seg.tokenEnd(from + span.getEnd() - 1);
      String text = ctx.text.substring(start, end);
      if (!Character.isUpperCase(text.charAt(0)) || overlaps(ctx, start, end, known, found)) continue;
      // an honorific alone ("Mr" of "Mr Musk") is never a name; honorifics are outside spans
      if (TitleRule.HONORIFICS.contains(TextFolding.fold(text).replace(".", ""))) continue;
      EntityType type = type(span.getType());
      if (type == EntityType.PERSON && TitleRule.officeBefore(seg, from + span.getStart(), s)) type = EntityType.OFFICIAL;
      found.add(link(ctx, start, end, text, type));
    }
  }

  private Mention link(FieldContext ctx, int start, int end, String text, EntityType type) {
    List<EntityRef> refs = kb.find(text);
    if (refs.size() == 1) {
      EntityRef ref = refs.getFirst();
      return new Mention(ctx.field, start, end, text, ref.id(), ref.type(), "namefinder+kb");
    }
    String id = "new/" + type.name().toLowerCase(java.util.Locale.ROOT) + "/" + GazetteerRecognizer.slug(text);
    return new Mention(ctx.field, start, end, text, id, type, type == EntityType.OFFICIAL ? "namefinder+title-rule" : "namefinder");
  }

  private static boolean overlaps(FieldContext ctx, int start, int end, List<Mention> a, List<Mention> b) {
    for (Mention m : a) if (m.field() == ctx.field && m.start() < end && start < m.end()) return true;
    for (Mention m : b) if (m.field() == ctx.field && m.start() < end && start < m.end()) return true;
    return false;
  }

  private static EntityType type(String nameType) {
    return switch (nameType) {
      case "person" -> EntityType.PERSON;
      case "organization" -> EntityType.ORGANIZATION;
      case "location" -> EntityType.LOCATION;
      default -> throw new IllegalStateException("name finder type " + nameType + " unknown");
    };
  }
}
