package org.vigie.nlp.entities;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.vigie.core.Entity;
import org.vigie.core.EntityMention;
import org.vigie.core.TextField;
import org.vigie.nlp.text.OpenNlpSegmenter;
import org.vigie.nlp.text.Segmentation;

/** The small test KB, the shipped context rules and the real segmenter, shared by entity tests. */
final class LinkerFixture {
  static final OpenNlpSegmenter SEGMENTER = OpenNlpSegmenter.loadDefault();
  static final EntityLinker LINKER;

  static {
    try {
      LINKER = EntityLinker.gazetteerOnly(KnowledgeBaseTest.smallKb(), ContextRules.loadDefault());
    } catch (IOException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static volatile KnowledgeBase shippedKb;
  private static volatile EntityLinker shipped;
  private static volatile EntityLinker shippedWithNameFinder;

  private LinkerFixture() {}

  /** The shipped knowledge base, loaded once for every test class that asks. */
  static synchronized KnowledgeBase shippedKb() {
    if (shippedKb == null) shippedKb = KnowledgeBaseLoader.loadDefault();
    return shippedKb;
  }

  /** The shipped knowledge base and context rules, loaded once for every test class that asks. */
  static synchronized EntityLinker shipped() {
    if (shipped == null) shipped = EntityLinker.gazetteerOnly(shippedKb(), ContextRules.loadDefault());
    return shipped;
  }

  /** The whole shipped recogniser (KB, context rules, name finder and every rule), built once. */
  static synchronized EntityLinker shippedWithNameFinder() {
    if (shippedWithNameFinder == null) {
      shippedWithNameFinder = EntityLinker.withNameFinder(shippedKb(), ContextRules.loadDefault(), EntityLinker.defaultNameFinderModel());
    }
    return shippedWithNameFinder;
  }

  /** The texts of the mentions of entities of {@code type} that {@code linker} finds in {@code body}. */
  static List<String> typedTexts(EntityLinker linker, String language, String body, org.vigie.core.EntityType type) {
    return link(linker, language, null, body).stream()
        .filter(e -> e.type() == type)
        .flatMap(e -> e.mentions().stream())
        .map(EntityMention::text)
        .toList();
  }

  /** {@code linker} over a body alone, as of {@code date}. */
  static List<Entity> linkBody(EntityLinker linker, String language, String body, java.time.LocalDate date) {
    Map<TextField, Segmentation> fields = new EnumMap<>(TextField.class);
    fields.put(TextField.BODY, SEGMENTER.segment(body, language));
    return linker.link(fields, language, date);
  }

  /** Each mention of {@code text} as "mention=label", the label read from its entity (id, type…). */
  static List<String> labelled(EntityLinker linker, String language, String text, java.util.function.Function<Entity, Object> label) {
    return link(linker, language, null, text).stream()
        .flatMap(e -> e.mentions().stream().map(m -> m.text() + "=" + label.apply(e)))
        .toList();
  }

  static List<Entity> link(String language, String title, String body) {
    return link(LINKER, language, title, body);
  }

  /** {@code linker} over a title (may be null) and a body, segmented by the real segmenter. */
  static List<Entity> link(EntityLinker linker, String language, String title, String body) {
    Map<TextField, Segmentation> fields = new EnumMap<>(TextField.class);
    if (title != null) fields.put(TextField.TITLE, SEGMENTER.segment(title, language));
    fields.put(TextField.BODY, SEGMENTER.segment(body, language));
    return linker.link(fields, language);
  }

  static List<Entity> link(String language, String body) {
    return link(language, null, body);
  }

  static List<String> ids(List<Entity> entities) {
    return entities.stream().map(Entity::id).toList();
  }

  static List<String> mentionTexts(List<Entity> entities, String id) {
    return entities.stream()
        .filter(e -> e.id().equals(id))
        .flatMap(e -> e.mentions().stream())
        .map(EntityMention::text)
        .toList();
  }
}
