package org.vigie.nlp.entities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigie.core.EntityCatalog;

/**
 * The bilingual knowledge base: entities, offices, relations and tenures. Loaded once per process
 * by {@link KnowledgeBaseLoader}, immutable and safe to share between threads.
 *
 * <p>Besides the {@link EntityCatalog} view other modules use, it answers the questions analysts
 * ask of the graph: who owns a platform, which laws a regulator enforces, and who held an office
 * on a date ({@link #holderOn}).
 */
public final class KnowledgeBase implements EntityCatalog {
  private final String version;
  private final String sha256;
  private final Map<String, KbEntity> entities;
  private final Map<String, KbOffice> offices;
  private final Map<String, List<KbEntity>> byName;
  private final Map<String, List<KbOffice>> officesByName;
  private final Map<String, List<Edge>> incoming;

  /** An incoming edge: {@code source} has relation {@code type} to the entity asked about. */
  public record Edge(String type, String source) {}

  KnowledgeBase(String version, String sha256, List<KbEntity> entities, List<KbOffice> offices) {
    this.version = version;
    this.sha256 = sha256;
    Map<String, KbEntity> byId = new LinkedHashMap<>();
    Map<String, List<KbEntity>> names = new HashMap<>();
    Map<String, List<Edge>> in = new HashMap<>();
    for (KbEntity e : entities) {
      byId.put(e.id(), e);
      List<String> all = new ArrayList<>(e.names());
      all.addAll(e.abbreviations());
      for (String name : all) {
        List<KbEntity> list = names.computeIfAbsent(phraseKey(name), k -> new ArrayList<>());
        if (!list.contains(e)) list.add(e);
      }
      for (KbRelation r : e.relations()) {
        in.computeIfAbsent(r.target(), k -> new ArrayList<>()).add(new Edge(r.type(), e.id()));
      }
    }
    Map<String, KbOffice> officeById = new LinkedHashMap<>();
    Map<String, List<KbOffice>> officeNames = new HashMap<>();
    for (KbOffice o : offices) {
      officeById.put(o.id(), o);
      for (String name : o.names()) {
        List<KbOffice> list = officeNames.computeIfAbsent(phraseKey(name), k -> new ArrayList<>());
        if (!list.contains(o)) list.add(o);
      }
    }
    this.entities = java.util.Collections.unmodifiableMap(byId);
    this.offices = java.util.Collections.unmodifiableMap(officeById);
    this.byName = freeze(names);
    this.officesByName = freeze(officeNames);
    this.incoming = freeze(in);
  }

  /** The {@code version:} of the file. */
  public String version() {
    return version;
  }

  /** SHA-256 of the file's bytes, recorded in provenance so an annotation names its exact KB. */
  public String sha256() {
    return sha256;
  }

  public java.util.Collection<KbEntity> entities() {
    return entities.values();
  }

  public java.util.Collection<KbOffice> offices() {
    return offices.values();
  }

  public Optional<KbEntity> entity(String id) {
    return Optional.ofNullable(entities.get(id));
  }

  public Optional<KbOffice> office(String id) {
    return Optional.ofNullable(offices.get(id));
  }

  @Override
  public List<EntityRef> find(String phrase) {
    return byName.getOrDefault(phraseKey(phrase), List.of()).stream().map(KnowledgeBase::ref).toList();
  }

  @Override
  public Optional<EntityRef> byId(String id) {
    return entity(id).map(KnowledgeBase::ref);
  }

  /** Ids the entity points to with relation {@code type} ("owned_by" of platform/x → company/x-corp). */
  public List<String> related(String id, String type) {
    KbEntity e = entities.get(id);
    if (e == null) return List.of();
    return e.relations().stream().filter(r -> r.type().equals(type)).map(KbRelation::target).toList();
  }

  /** Ids pointing to the entity with relation {@code type} (AI systems "offered_on" platform/x). */
  public List<String> relatedFrom(String id, String type) {
    return incoming.getOrDefault(id, List.of()).stream().filter(e -> e.type().equals(type)).map(Edge::source).toList();
  }

  public List<Edge> incoming(String id) {
    return incoming.getOrDefault(id, List.of());
  }

  /** Offices one of whose names is {@code phrase}, ignoring case and accents. */
  public List<KbOffice> findOffices(String phrase) {
    return officesByName.getOrDefault(phraseKey(phrase), List.of());
  }

  /** The officials who held {@code officeId} on {@code date} (usually one). */
  public List<KbEntity> holderOn(String officeId, LocalDate date) {
    List<KbEntity> holders = new ArrayList<>();
    for (KbEntity e : entities.values()) {
      for (KbRole role : e.roles()) {
        if (role.office().equals(officeId) && role.heldOn(date)) {
          holders.add(e);
          break;
        }
      }
    }
    return holders;
  }

  /** Resolves an office named in either language to its holders on {@code date}. */
  public List<KbEntity> holderOfNamedOffice(String officeName, LocalDate date) {
    List<KbEntity> holders = new ArrayList<>();
    for (KbOffice o : findOffices(officeName)) {
      for (KbEntity e : holderOn(o.id(), date)) {
        if (!holders.contains(e)) holders.add(e);
      }
    }
    return holders;
  }

  static String phraseKey(String phrase) {
    return String.join(" ", WordTokenizer.nameKeys(phrase));
  }

  private static EntityRef ref(KbEntity e) {
    List<String> aliases = new ArrayList<>();
    e.aliases().values().forEach(aliases::addAll);
    aliases.addAll(e.abbreviations());
    return new EntityRef(e.id(), e.type(), e.labels(), aliases);
  }

  private static <V> Map<String, List<V>> freeze(Map<String, List<V>> map) {
    Map<String, List<V>> out = new HashMap<>();
    map.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }
}
