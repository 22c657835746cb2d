package org.vigie.app.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of one outlet's page templates ({@code demo/templates/<outlet>.html}), with the parts
 * of {@code demo/templates/default.html} filling in the ones the outlet does not redefine.
 *
 * <p>A file is cut into parts by lines {@code <!-- part: name -->}. In a part, {@code {{name}}} is
 * replaced by the HTML-escaped value and {@code {{{name}}}} by a value that is already HTML (built
 * from other parts). Escaping is the default so a forgotten brace cannot let corpus text through
 * as markup; an unknown placeholder fails loudly.
 */
final class Template {
  private static final Pattern PART = Pattern.compile("(?m)^<!-- part: ([a-z-]+) -->\\R");
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{\\{\\{([A-Za-z]+)}}}|\\{\\{([A-Za-z]+)}}");

  private final String name;
  private final Map<String, String> parts;

  private Template(String name, Map<String, String> parts) {
    this.name = name;
    this.parts = parts;
  }

  static Template forOutlet(String outletId) {
    Map<String, String> parts = new HashMap<>(parse(read("demo/templates/default.html")));
    parts.putAll(parse(read("demo/templates/" + outletId + ".html")));
    return new Template(outletId, parts);
  }

  String render(String part, Map<String, String> values) {
    String text = parts.get(part);
    if (text == null) throw new IllegalStateException("template " + name + " has no part " + part);
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder(text.length() * 2);
    while (m.find()) {
      boolean raw = m.group(1) != null;
      String key = raw ? m.group(1) : m.group(2);
      String value = values.get(key);
      if (value == null) {
        throw new IllegalStateException("template " + name + ", part " + part + ": no value for " + key);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(raw ? value : Escaping.html(value)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static Map<String, String> parse(String file) {
    Map<String, String> parts = new HashMap<>();
    Matcher m = PART.matcher(file);
    String current = null;
    int start = 0;
    while (m.find()) {
      if (current != null) parts.put(current, file.substring(start, m.start()));
      current = m.group(1);
      start = m.end();
    }
    if (current != null) parts.put(current, file.substring(start));
    return parts;
  }

  private static String read(String resource) {
    try (InputStream in = Template.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new DemoCorpusException("template not found on the class path: " + resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
