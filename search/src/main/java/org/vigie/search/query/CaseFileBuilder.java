package org.vigie.search.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.vigie.core.AnnotatedArticle;
import org.vigie.core.EntityCatalog;
import org.vigie.core.RegulatoryAction;
import org.vigie.search.ArticleIndex;
import org.vigie.search.Facet;
import org.vigie.search.SearchFilters;
import org.vigie.search.SearchQuery;

/**
 * Builds a {@link CaseFile} for {@code vigie case ENTITY_OR_QUERY}: an entity id or a name the
 * knowledge base knows selects the articles linked to that entity; anything else is a text query.
 * Streams the matches, so the chain covers all coverage, not a first page.
 */
public final class CaseFileBuilder {
  private final ArticleIndex index;
  private final EntityCatalog catalog;

  public CaseFileBuilder(ArticleIndex index, EntityCatalog catalog) {
    this.index = index;
    this.catalog = catalog == null ? EntityCatalog.EMPTY : catalog;
  }

  /** Same action reported twice: same type, parties, law, amount and date. */
  private record Key(RegulatoryAction.Type type, String actor, String target, String law, BigDecimal amount, LocalDate date) {}

  private static final class Acc {
    final EnumSet<RegulatoryAction.Status> statuses = EnumSet.noneOf(RegulatoryAction.Status.class);
    final TreeSet<String> outlets = new TreeSet<>();
    final TreeSet<String> articles = new TreeSet<>();
    String currency;
    Instant firstSeen;
  }

  public CaseFile build(String entityOrQuery, SearchFilters filters) {
    SearchQuery query;
    String subject;
    Optional<String> entity = resolveEntity(entityOrQuery);
    if (entity.isPresent()) {
      query = SearchQuery.all().filters(filters.with(Facet.ENTITY, entity.get()));
      subject = "entity:" + entity.get();
    } else {
      query = SearchQuery.text(entityOrQuery).filters(filters);
      subject = "query:" + entityOrQuery;
    }
    Map<Key, Acc> actions = new HashMap<>();
    long n = index.stream(query, a -> collect(a, actions));
    List<CaseFile.Entry> entries = new ArrayList<>();
    actions.forEach((k, acc) -> entries.add(new CaseFile.Entry(k.type(), acc.statuses, k.actor(), k.target(), k.law(),
        k.amount(), acc.currency, k.date(), acc.firstSeen, acc.outlets, acc.articles)));
    entries.sort(Comparator.comparing(CaseFileBuilder::when).thenComparing(e -> e.firstSeen() == null ? Instant.MAX : e.firstSeen())
        .thenComparing(e -> e.type().name()));
    return new CaseFile(subject, n, entries);
  }

  /** The action's own date, else the day it was first reported. */
  private static LocalDate when(CaseFile.Entry e) {
    if (e.date() != null) return e.date();
    return e.firstSeen() == null ? LocalDate.MAX : e.firstSeen().atZone(ZoneOffset.UTC).toLocalDate();
  }

  private Optional<String> resolveEntity(String s) {
    if (catalog.byId(s).isPresent()) return Optional.of(s);
    var found = catalog.find(s);
    return found.size() == 1 ? Optional.of(found.getFirst().id()) : Optional.empty();
  }

  private static void collect(AnnotatedArticle a, Map<Key, Acc> actions) {
    Instant published = a.article().publishedAt() != null ? a.article().publishedAt().toInstant() : a.article().fetchedAt();
    for (RegulatoryAction r : a.actions()) {
      BigDecimal amount = r.amount() == null ? null : r.amount().stripTrailingZeros();
      Acc acc = actions.computeIfAbsent(new Key(r.type(), r.actorId(), r.targetId(), r.lawId(), amount, r.date()), k -> new Acc());
      acc.statuses.add(r.status());
      if (a.article().sourceId() != null) acc.outlets.add(a.article().sourceId());
      acc.articles.add(a.id());
      if (acc.currency == null) acc.currency = r.currency();
      if (published != null && (acc.firstSeen == null || published.isBefore(acc.firstSeen))) acc.firstSeen = published;
    }
  }
}
