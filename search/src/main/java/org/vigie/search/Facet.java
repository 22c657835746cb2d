package org.vigie.search;

/**
 * The keyword fields an analyst can filter, facet and split trends by. Each backend indexes one
 * keyword field of this name per value, so the same filter and the same facet count mean the
 * same thing on Lucene and on Elasticsearch.
 */
public enum Facet {
  LANGUAGE("language"),
  OUTLET("outlet"),
  COUNTRY("country"),
  ENTITY("entity"),
  ENTITY_TYPE("entity_type"),
  STANCE("stance"),
  ACTION("action"),
  LAW("law"),
  TOPIC("topic"),
  STORY("story");

  private final String field;

  Facet(String field) {
    this.field = field;
  }

  /** The index field name, identical in both backends. */
  public String field() {
    return field;
  }

  /** Parses a CLI or API name such as {@code outlet}, {@code action} or {@code entity_type}. */
  public static Facet parse(String name) {
    String n = name.trim().toLowerCase(java.util.Locale.ROOT).replace('-', '_');
    for (Facet f : values()) {
      if (f.field.equals(n) || f.name().equalsIgnoreCase(n)) return f;
    }
    throw new IllegalArgumentException(
        "unknown field '" + name + "' (one of " + java.util.Arrays.toString(values()).toLowerCase(java.util.Locale.ROOT) + ")");
  }
}
