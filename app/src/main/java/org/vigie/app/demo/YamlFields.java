package org.vigie.app.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Typed, checked reads of one YAML mapping. Every failure names the resource and the field, so a
 * corpus writer can fix the file without reading Java.
 */
final class YamlFields {
  private final JsonNode node;
  private final String where;

  /**
   * @param where how errors name the mapping, e.g. {@code demo/articles/x/y.yml} or
   *     {@code demo/outlets.yml, outlet 'x'}
   */
  YamlFields(JsonNode node, String where) {
    if (node == null || !node.isObject()) throw new DemoCorpusException(where + ": not a YAML mapping");
    this.node = node;
    this.where = where;
  }

  DemoCorpusException error(String field, String problem) {
    return new DemoCorpusException(where + ": field '" + field + "' " + problem);
  }

  void rejectUnknown(Set<String> known) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!known.contains(name)) throw error(name, "is not a known field (known: " + known + ")");
    }
  }

  String text(String field) {
    return optionalText(field).orElseThrow(() -> error(field, "is missing"));
  }

  Optional<String> optionalText(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) return Optional.empty();
    if (!value.isValueNode()) throw error(field, "must be a single value");
    String text = value.asText().strip();
    if (text.isEmpty()) throw error(field, "is empty");
    return Optional.of(text);
  }

  String matching(String field, String regex, String meaning) {
    String value = text(field);
    if (!value.matches(regex)) throw error(field, "must be " + meaning + ", got '" + value + "'");
    return value;
  }

  boolean bool(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) throw error(field, "is missing");
    if (!value.isBoolean()) throw error(field, "must be true or false, got '" + value.asText() + "'");
    return value.booleanValue();
  }

  Optional<Integer> optionalInt(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) return Optional.empty();
    if (!value.canConvertToInt() || !value.isIntegralNumber()) throw error(field, "must be an integer");
    return Optional.of(value.intValue());
  }

  OffsetDateTime dateTime(String field) {
    return optionalDateTime(field).orElseThrow(() -> error(field, "is missing"));
  }

  Optional<OffsetDateTime> optionalDateTime(String field) {
    return optionalText(field)
        .map(
            text -> {
              try {
                return OffsetDateTime.parse(text);
              } catch (DateTimeParseException e) {
                throw error(field, "must be an ISO-8601 time with offset such as 2026-01-09T14:50:00+01:00, got '" + text + "'");
              }
            });
  }

  /** A list of non-blank strings; a single scalar counts as a one-element list. */
  List<String> textList(String field, boolean required) {
    JsonNode value = node.get(field);
    List<String> out = new ArrayList<>();
    if (value == null || value.isNull()) {
      if (required) throw error(field, "is missing");
      return out;
    }
    if (value.isValueNode()) {
      out.add(value.asText().strip());
    } else if (value.isArray()) {
      for (JsonNode item : value) {
        if (!item.isValueNode()) throw error(field, "must list plain strings");
        out.add(item.asText().strip());
      }
    } else {
      throw error(field, "must be a list");
    }
    if (out.stream().anyMatch(String::isEmpty)) throw error(field, "contains an empty item");
    if (required && out.isEmpty()) throw error(field, "is an empty list");
    return out;
  }

  YamlFields child(String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isObject()) throw error(field, "must be a mapping");
    return new YamlFields(value, where + ", " + field);
  }

  List<YamlFields> children(String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isArray()) throw error(field, "must be a list of mappings");
    List<YamlFields> out = new ArrayList<>();
    int i = 0;
    for (JsonNode item : value) out.add(new YamlFields(item, where + ", " + field + "[" + i++ + "]"));
    return out;
  }

  <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    String text = text(field);
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw error(field, "must be one of " + List.of(type.getEnumConstants()) + ", got '" + text + "'");
    }
  }
}
