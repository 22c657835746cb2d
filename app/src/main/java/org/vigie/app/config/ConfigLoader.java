package org.vigie.app.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.vigie.core.config.VigieConfig;

/**
 * Reads Vigie's settings once, at start: {@code vigie-default.yml} (every setting, documented),
 * overlaid by the user's file, overlaid by {@code VIGIE_*} environment variables. An unknown key
 * is an error naming it, so a typo cannot silently leave a default in force.
 */
public final class ConfigLoader {
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .registerModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Map<String, String> environment;

  public ConfigLoader(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /**
   * @param userFile the user's settings, or {@code null} for none; a named file that does not
   *     exist is an error
   * @param dataDirOverride {@code --data-dir}, or {@code null}
   */
  public VigieConfig load(Path userFile, Path dataDirOverride) {
    ObjectNode tree = defaults();
    if (userFile != null) {
      if (!Files.isRegularFile(userFile)) {
        throw new ConfigException("settings file not found: " + userFile);
      }
      merge(tree, read(userFile), "");
    }
    applyEnvironment(tree);
    if (dataDirOverride != null) tree.put("dataDir", dataDirOverride.toString());
    try {
      return YAML.treeToValue(tree, VigieConfig.class);
    } catch (JsonProcessingException e) {
      throw new ConfigException("bad setting " + pathOf(e) + ": " + e.getOriginalMessage(), e);
    }
  }

  private static ObjectNode defaults() {
    try (InputStream in = ConfigLoader.class.getResourceAsStream("/vigie-default.yml")) {
      if (in == null) throw new IllegalStateException("vigie-default.yml missing from the build");
      return (ObjectNode) YAML.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String pathOf(JsonProcessingException e) {
    return e instanceof JsonMappingException m
        ? m.getPath().stream()
            .map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]" : r.getFieldName())
            .reduce((a, b) -> a + "." + b)
            .orElse("")
        : "";
  }

  private static JsonNode read(Path file) {
    try {
      JsonNode node = YAML.readTree(file.toFile());
      if (node == null || node.isMissingNode() || node.isNull()) return YAML.createObjectNode();
      if (!node.isObject()) throw new ConfigException(file + ": expected a mapping of settings");
      return node;
    } catch (IOException e) {
      throw new ConfigException(file + ": " + e.getMessage().lines().findFirst().orElse("unreadable"), e);
    }
  }

  /** Deep merge; keys the defaults lack are errors (typos), with their dotted path. */
  private static void merge(ObjectNode target, JsonNode overlay, String path) {
    Iterator<Map.Entry<String, JsonNode>> fields = overlay.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = path + field.getKey();
      JsonNode existing = target.get(field.getKey());
      if (existing == null) throw new ConfigException("unknown setting: " + key);
      if (existing.isObject() && field.getValue().isObject()) {
        merge((ObjectNode) existing, field.getValue(), key + ".");
      } else {
        target.set(field.getKey(), field.getValue());
      }
    }
  }

  /** VIGIE_CRAWLER_MIN_DELAY=PT2S sets crawler.minDelay; unknown VIGIE_ names are ignored. */
  private void applyEnvironment(ObjectNode tree) {
    environment.forEach(
        (name, value) -> {
          if (!name.startsWith("VIGIE_") || name.equals("VIGIE_JAVA_OPTS")) return;
          String rest = name.substring("VIGIE_".length()).toLowerCase(Locale.ROOT);
          if (rest.equals("data_dir")) {
            tree.put("dataDir", value);
            return;
          }
          int cut = rest.indexOf('_');
          if (cut < 0) return;
          JsonNode section = tree.get(rest.substring(0, cut));
          String key = camel(rest.substring(cut + 1));
          if (section instanceof ObjectNode object && object.has(key)) object.put(key, value);
        });
  }

  private static String camel(String snake) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  /** A settings problem, worded for the user. */
  public static final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
      super(message);
    }

    public ConfigException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
