package org.vigie.crawler.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the article node among a page's {@code application/ld+json} scripts. Publishers write
 * JSON-LD by hand and by template, so the parser is lenient (trailing commas, raw control
 * characters, comments) and a script that still fails to parse is skipped, not fatal.
 */
final class JsonLdReader {
  private static final ObjectMapper LENIENT =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .build();
  private static final int MAX_DEPTH = 6;

  private JsonLdReader() {}

  /** The best article description across the scripts, merged with what lesser nodes add. */
  static JsonLdArticle read(List<String> scripts) {
    List<JsonNode> candidates = new ArrayList<>();
    for (String script : scripts) {
      String json = script.strip();
      if (json.startsWith("<!--")) {
        json = json.substring(4);
        int end = json.lastIndexOf("-->");
        json = end >= 0 ? json.substring(0, end) : json;
      }
      if (json.isEmpty()) {
        continue;
      }
      try {
        collect(LENIENT.readTree(json), candidates, 0);
      } catch (JsonProcessingException e) {
        // A broken script on a page is common and says nothing about the article: skip it.
      }
    }
    JsonNode best = null;
    int bestRank = 0;
    for (JsonNode node : candidates) {
      int rank = rank(node);
      if (rank > bestRank || (rank == bestRank && best != null && !best.has("headline") && node.has("headline"))) {
        best = node;
        bestRank = rank;
      }
    }
    if (best == null) {
      return JsonLdArticle.NONE;
    }
    String published = text(best, "datePublished");
    String modified = text(best, "dateModified");
    String description = text(best, "description");
    List<String> authors = authors(best);
    // A WebPage node often carries the dates or authors its Article node leaves out.
    for (JsonNode other : candidates) {
      if (other == best || rank(other) == 0) {
        continue;
      }
      published = published != null ? published : text(other, "datePublished");
      modified = modified != null ? modified : text(other, "dateModified");
      description = description != null ? description : text(other, "description");
      if (authors.isEmpty()) {
        authors = authors(other);
      }
    }
    return new JsonLdArticle(
        bestRank,
        firstNonNull(text(best, "headline"), text(best, "name")),
        description,
        authors,
        published,
        modified,
        text(best, "articleSection"),
        text(best, "articleBody"),
        text(best, "inLanguage"),
        url(best));
  }

  private static void collect(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > MAX_DEPTH) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode child : node) {
        collect(child, out, depth + 1);
      }
    } else if (node.isObject()) {
      if (node.has("@type")) {
        out.add(node);
      }
      collect(node.get("@graph"), out, depth + 1);
      JsonNode main = node.get("mainEntity");
      if (main != null && (main.isObject() || main.isArray())) {
        collect(main, out, depth + 1);
      }
    }
  }

  static int rank(JsonNode node) {
    int best = 0;
    JsonNode type = node.get("@type");
    if (type == null) {
      return 0;
    }
    List<String> types = new ArrayList<>();
    if (type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else {
      types.add(type.asText());
    }
    for (String t : types) {
      String s = t.toLowerCase(Locale.ROOT);
      int r =
          s.endsWith("newsarticle") || s.equals("reportage")
              ? 3
              : s.endsWith("article") || s.equals("blogposting") || s.equals("liveblogposting")
                      || s.equals("report") || s.equals("posting")
                  ? 2
                  : s.endsWith("webpage") || s.equals("itempage") ? 1 : 0;
      best = Math.max(best, r);
    }
    return best;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      for (JsonNode item : v) {
        String s = scalar(item);
        if (s != null) {
          return s;
        }
      }
      return null;
    }
    return scalar(v);
  }

  private static String scalar(JsonNode v) {
    if (v.isTextual() || v.isNumber()) {
      String s = PageSignals.unescape(v.asText()).strip();
      return s.isEmpty() ? null : s;
    }
    if (v.isObject()) {
      JsonNode inner = v.has("name") ? v.get("name") : v.get("@value");
      return inner == null || !inner.isValueNode() ? null : blankToNull(inner.asText());
    }
    return null;
  }

  private static List<String> authors(JsonNode node) {
    List<String> names = new ArrayList<>();
    JsonNode author = node.has("author") ? node.get("author") : node.get("creator");
    if (author == null) {
      return names;
    }
    if (author.isArray()) {
      for (JsonNode a : author) {
        addAuthor(a, names);
      }
    } else {
      addAuthor(author, names);
    }
    return names;
  }

  private static void addAuthor(JsonNode a, List<String> names) {
    String name = null;
    if (a.isTextual()) {
      name = a.asText();
    } else if (a.isObject()) {
      JsonNode n = a.get("name");
      if (n != null && n.isArray() && !n.isEmpty()) {
        n = n.get(0);
      }
      name = n == null ? null : n.asText();
    }
    if (name != null && !name.isBlank()) {
      names.add(PageSignals.unescape(name).strip());
    }
  }

  private static String url(JsonNode node) {
    JsonNode main = node.get("mainEntityOfPage");
    if (main != null) {
      if (main.isTextual()) {
        return blankToNull(main.asText());
      }
      if (main.isObject()) {
        JsonNode id = main.has("@id") ? main.get("@id") : main.get("url");
        if (id != null && id.isTextual()) {
          return blankToNull(id.asText());
        }
      }
    }
    JsonNode url = node.get("url");
    return url != null && url.isTextual() ? blankToNull(url.asText()) : null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }
}
