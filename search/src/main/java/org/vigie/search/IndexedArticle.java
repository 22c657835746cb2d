package org.vigie.search;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.vigie.core.AnnotatedArticle;
import org.vigie.core.Article;
import org.vigie.core.Entity;
import org.vigie.core.EntityType;
import org.vigie.core.RegulatoryAction;
import org.vigie.core.Stance;
import org.vigie.core.Topic;

/**
 * The flat view of an {@link AnnotatedArticle} both backends index: the text fields of its
 * language and the values of every {@link Facet}. Computing it in one place is what makes a
 * filter or a facet count identical on Lucene and Elasticsearch.
 *
 * @param textLanguage the suffix of the text fields ({@code fr}, {@code en}, or {@code xx} for any
 *     other language, analysed by the standard analyzer)
 * @param text lede and body
 * @param publishedMillis publication time (else fetch time) in epoch milliseconds, or {@code null}
 */
public record IndexedArticle(
    String id,
    String title,
    String text,
    String textLanguage,
    Map<Facet, Set<String>> keywords,
    Long publishedMillis,
    Double relevance) {

  public IndexedArticle {
    Objects.requireNonNull(id, "id");
    EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
    keywords.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
    keywords = Map.copyOf(copy);
  }

  /**
   * @param countryByOutlet the outlet's country (from {@code sources.yml}); articles do not carry it
   */
  public static IndexedArticle of(AnnotatedArticle a, Map<String, String> countryByOutlet) {
    Article art = a.article();
    EnumMap<Facet, Set<String>> kw = new EnumMap<>(Facet.class);
    put(kw, Facet.LANGUAGE, a.language());
    put(kw, Facet.OUTLET, art.sourceId());
    if (art.sourceId() != null) put(kw, Facet.COUNTRY, countryByOutlet.get(art.sourceId()));
    for (Entity e : a.entities()) {
      put(kw, Facet.ENTITY, e.id());
      put(kw, Facet.ENTITY_TYPE, e.type().name());
      if (e.type() == EntityType.LAW) put(kw, Facet.LAW, e.id());
    }
    for (Stance s : a.stances()) put(kw, Facet.STANCE, s.label().name());
    for (RegulatoryAction r : a.actions()) {
      put(kw, Facet.ACTION, r.type().name());
      put(kw, Facet.LAW, r.lawId());
      // the parties of an action are entities of the article even when recognition missed a mention
      put(kw, Facet.ENTITY, r.actorId());
      put(kw, Facet.ENTITY, r.targetId());
    }
    for (Topic t : a.topics()) put(kw, Facet.TOPIC, t.label().name());
    put(kw, Facet.STORY, art.storyId());
    String lede = art.lede() == null ? "" : art.lede();
    String body = art.bodyText();
    String text = lede.isEmpty() ? body : body.isEmpty() ? lede : lede + "\n\n" + body;
    OffsetDateTime published = art.publishedAt();
    Long millis =
        published != null
            ? Long.valueOf(published.toInstant().toEpochMilli())
            : art.fetchedAt() != null ? Long.valueOf(art.fetchedAt().toEpochMilli()) : null;
    return new IndexedArticle(a.id(), art.title(), text, textLanguage(a.language()), kw, millis, a.relevance());
  }

  /** The text-field suffix for a language code. */
  public static String textLanguage(String language) {
    return switch (language == null ? "" : language) {
      case "fr" -> "fr";
      case "en" -> "en";
      default -> "xx";
    };
  }

  public static final List<String> TEXT_LANGUAGES = List.of("fr", "en", "xx");

  public Set<String> values(Facet f) {
    return keywords.getOrDefault(f, Set.of());
  }

  private static void put(Map<Facet, Set<String>> kw, Facet f, String value) {
    if (value == null || value.isBlank()) return;
    kw.computeIfAbsent(f, k -> new LinkedHashSet<>()).add(value);
  }
}
