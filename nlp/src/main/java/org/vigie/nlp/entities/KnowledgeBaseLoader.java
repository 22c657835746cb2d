package org.vigie.nlp.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.core.EntityType;

/**
 * Reads {@code kb/entities.yml} into a {@link KnowledgeBase}, checking it whole: every problem
 * (duplicate id, unknown type or relation, dangling target, an id whose prefix contradicts its
 * type, a bad date) is collected and reported in one exception, so a reviewer fixes the file in
 * one pass.
 */
public final class KnowledgeBaseLoader {
  public static final String DEFAULT_RESOURCE = "kb/entities.yml";

  private static final Map<String, Set<EntityType>> PREFIX_TYPES =
      Map.of(
          "government", Set.of(EntityType.GOVERNMENT),
          "regulator", Set.of(EntityType.REGULATOR),
          "official", Set.of(EntityType.OFFICIAL),
          "platform", Set.of(EntityType.PLATFORM),
          "ai", Set.of(EntityType.AI_SYSTEM),
          "company", Set.of(EntityType.COMPANY),
          "org", Set.of(EntityType.ORGANIZATION, EntityType.REGULATOR, EntityType.GOVERNMENT),
          "law", Set.of(EntityType.LAW),
          "person", Set.of(EntityType.PERSON, EntityType.OFFICIAL),
          "place", Set.of(EntityType.LOCATION));

  private final List<String> problems = new ArrayList<>();

  private KnowledgeBaseLoader() {}

  /** The knowledge base shipped with the nlp module. */
  public static KnowledgeBase loadDefault() {
    try (InputStream in = KnowledgeBaseLoader.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) throw new IllegalStateException("knowledge base " + DEFAULT_RESOURCE + " is not on the classpath");
      return load(in.readAllBytes(), "classpath:" + DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read knowledge base " + DEFAULT_RESOURCE, e);
    }
  }

  public static KnowledgeBase load(Path file) throws IOException {
    return load(Files.readAllBytes(file), file.toString());
  }

  public static KnowledgeBase load(InputStream in, String origin) throws IOException {
    return load(in.readAllBytes(), origin);
  }

  /** Parses and checks {@code bytes}; throws {@link InvalidKnowledgeBaseException} listing every problem. */
  public static KnowledgeBase load(byte[] bytes, String origin) throws IOException {
    JsonNode root = new YAMLMapper().readTree(bytes);
    if (root == null || !root.isObject()) throw new InvalidKnowledgeBaseException(origin, List.of("not a YAML mapping"));
    return new KnowledgeBaseLoader().build(root, sha256(bytes), origin);
  }

  private KnowledgeBase build(JsonNode root, String hash, String origin) {
    String version = root.path("version").asText("");
    if (version.isEmpty()) problems.add("missing version");
    Map<String, KbOffice> offices = new LinkedHashMap<>();
    for (JsonNode node : root.path("offices")) {
      KbOffice office = office(node);
      if (office != null && offices.putIfAbsent(office.id(), office) != null) problems.add("duplicate office " + office.id());
    }
    Map<String, KbEntity> entities = new LinkedHashMap<>();
    for (JsonNode node : root.path("entities")) {
      KbEntity entity = entity(node);
      if (entity != null && entities.putIfAbsent(entity.id(), entity) != null) problems.add("duplicate entity " + entity.id());
    }
    for (KbEntity e : entities.values()) {
      for (KbRelation r : e.relations()) {
        if (!entities.containsKey(r.target())) problems.add(e.id() + ": relation " + r.type() + " to unknown " + r.target());
      }
      for (KbRole role : e.roles()) {
        if (!offices.containsKey(role.office())) problems.add(e.id() + ": role in unknown office " + role.office());
      }
    }
    for (KbOffice o : offices.values()) {
      if (o.government() != null && !entities.containsKey(o.government())) {
        problems.add(o.id() + ": unknown government " + o.government());
      }
    }
    if (!problems.isEmpty()) throw new InvalidKnowledgeBaseException(origin, problems);
    return new KnowledgeBase(version, hash, List.copyOf(entities.values()), List.copyOf(offices.values()));
  }

  private KbOffice office(JsonNode node) {
    String id = node.path("id").asText(null);
    if (id == null) {
      problems.add("office without id: " + node);
      return null;
    }
    Map<String, String> labels = labels(id, node.path("labels"));
    if (labels.isEmpty()) problems.add(id + ": no label");
    return new KbOffice(id, node.path("government").asText(null), labels, aliases(node.path("aliases")));
  }

  private KbEntity entity(JsonNode node) {
    String id = node.path("id").asText(null);
    if (id == null) {
      problems.add("entity without id: " + node);
      return null;
    }
    EntityType type;
    try {
      type = EntityType.valueOf(node.path("type").asText(""));
    } catch (IllegalArgumentException e) {
      problems.add(id + ": unknown type '" + node.path("type").asText("") + "'");
      return null;
    }
    String prefix = id.contains("/") ? id.substring(0, id.indexOf('/')) : "";
    Set<EntityType> allowed = PREFIX_TYPES.get(prefix);
    if (allowed == null) problems.add(id + ": unknown id prefix '" + prefix + "'");
    else if (!allowed.contains(type)) problems.add(id + ": prefix '" + prefix + "' does not fit type " + type);
    Map<String, String> labels = labels(id, node.path("labels"));
    if (labels.isEmpty()) {
      problems.add(id + ": no label");
      return null;
    }
    List<String> abbreviations = strings(node.path("abbreviations"));
    Map<String, List<String>> aliases = aliases(node.path("aliases"));
    Set<String> ambiguous = new LinkedHashSet<>(strings(node.path("ambiguous")));
    Set<String> known = new java.util.HashSet<>(abbreviations);
    labels.values().forEach(known::add);
    aliases.values().forEach(known::addAll);
    for (String a : ambiguous) {
      if (!known.contains(a)) problems.add(id + ": ambiguous '" + a + "' is not one of its names");
    }
    List<KbRelation> relations = new ArrayList<>();
    for (JsonNode r : node.path("relations")) {
      try {
        relations.add(new KbRelation(r.path("type").asText(null), r.path("target").asText(null)));
      } catch (RuntimeException e) {
        problems.add(id + ": bad relation " + r + ": " + e.getMessage());
      }
    }
    List<KbRole> roles = new ArrayList<>();
    for (JsonNode r : node.path("roles")) {
      try {
        roles.add(new KbRole(r.path("office").asText(null), date(r.path("from")), date(r.path("to"))));
      } catch (RuntimeException e) {
        problems.add(id + ": bad role " + r + ": " + e.getMessage());
      }
    }
    String qid = node.path("qid").asText(null);
    if (qid != null && !qid.matches("Q[0-9]+")) problems.add(id + ": bad qid " + qid);
    return new KbEntity(
        id, type, qid, labels, aliases, abbreviations, node.path("country").asText(null), ambiguous, relations, roles);
  }

  private Map<String, String> labels(String id, JsonNode node) {
    Map<String, String> labels = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> {
      String label = e.getValue().asText("").strip();
      if (label.isEmpty()) problems.add(id + ": empty " + e.getKey() + " label");
      else labels.put(e.getKey(), label);
    });
    return labels;
  }

  private static Map<String, List<String>> aliases(JsonNode node) {
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> aliases.put(e.getKey(), strings(e.getValue())));
    return aliases;
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isTextual()) out.add(node.asText());
    for (JsonNode n : node) {
      if (!n.asText("").isBlank()) out.add(n.asText().strip());
    }
    return out;
  }

  private static LocalDate date(JsonNode node) {
    if (node.isMissingNode() || node.isNull() || node.asText("").isEmpty()) return null;
    try {
      return LocalDate.parse(node.asText());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("bad date " + node.asText(), e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
