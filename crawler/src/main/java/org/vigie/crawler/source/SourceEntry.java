package org.vigie.crawler.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.vigie.core.Source;

/** One entry of {@code sources.yml}, checked field by field; collects every problem it finds. */
final class SourceEntry {

  private static final Set<String> KEYS = Set.of("id", "name", "languages", "country", "feeds", "sitemaps",
      "sections", "poll", "politeness", "allow-private-network");
  private static final Set<String> POLITENESS_KEYS = Set.of("min-delay", "max-connections", "user-agent");
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

  private final JsonNode node;
  private final int line;
  private final List<SourceProblem> problems = new ArrayList<>();
  private String id;

  SourceEntry(JsonNode node, int line) {
    this.node = node;
    this.line = line;
  }

  /** The entry's id as written, or {@code null}; known after {@link #toSource()}. */
  String id() {
    return id;
  }

  List<SourceProblem> problems() {
    return problems;
  }

  void problem(String message) {
    problems.add(new SourceProblem(line, id, message));
  }

  Optional<Source> toSource() {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!KEYS.contains(k)) problem("unknown key '" + k + "' (known: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
    }
    id = text("id");
    if (id == null) problem("missing 'id'");
    else if (!ID.matcher(id).matches()) problem("id '" + id + "' must be lower-case letters, digits and dashes");
    String name = text("name");
    List<String> languages = strings("languages");
    for (String l : languages) if (!LANGUAGE.matcher(l).matches()) problem("language '" + l + "' is not an ISO 639-1 code");
    if (languages.isEmpty()) problem("'languages' must list at least one language");
    String country = text("country");
    if (country == null) problem("missing 'country'");
    else if (!COUNTRY.matcher(country).matches()) problem("country '" + country + "' must be an ISO 3166-1 alpha-2 code or EU");
    List<URI> feeds = urls("feeds");
    List<URI> sitemaps = urls("sitemaps");
    List<Source.SectionPage> sections = sections();
    if (feeds.isEmpty() && sitemaps.isEmpty() && sections.isEmpty())
      problem("no feeds, sitemaps or sections: nothing to discover articles from");
    Duration poll = duration(node.get("poll"), "poll");
    if (poll != null && poll.compareTo(Duration.ofMinutes(1)) < 0) problem("poll interval below one minute");
    Source.Politeness politeness = politeness();
    boolean allowPrivate = node.path("allow-private-network").asBoolean(false);
    if (!problems.isEmpty()) return Optional.empty();
    return Optional.of(new Source(id, name, languages, country, feeds, sitemaps, sections, poll, politeness, allowPrivate));
  }

  private String text(String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) return null;
    if (!v.isValueNode()) {
      problem("'" + key + "' must be a single value");
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  private List<String> strings(String key) {
    JsonNode v = node.get(key);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) return out;
    if (v.isValueNode()) {
      out.add(v.asText().strip());
      return out;
    }
    if (!v.isArray()) {
      problem("'" + key + "' must be a list");
      return out;
    }
    for (JsonNode e : v) {
      if (e.isValueNode()) out.add(e.asText().strip());
      else problem("'" + key + "' must list plain values");
    }
    return out;
  }

  private List<URI> urls(String key) {
    List<URI> out = new ArrayList<>();
    for (String s : strings(key)) url(s, key).ifPresent(out::add);
    return out;
  }

  private Optional<URI> url(String s, String key) {
    try {
      URI u = new URI(s);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
        problem("'" + key + "': '" + s + "' is not an absolute http(s) URL");
        return Optional.empty();
      }
      return Optional.of(u);
    } catch (URISyntaxException e) {
      problem("'" + key + "': '" + s + "' is not a URL: " + e.getReason());
      return Optional.empty();
    }
  }

  private List<Source.SectionPage> sections() {
    JsonNode v = node.get("sections");
    List<Source.SectionPage> out = new ArrayList<>();
    if (v == null || v.isNull()) return out;
    if (!v.isArray()) {
      problem("'sections' must be a list of {url, pattern}");
      return out;
    }
    for (JsonNode e : v) {
      if (!e.isObject() || !e.hasNonNull("url") || !e.hasNonNull("pattern")) {
        problem("each section needs 'url' and 'pattern'");
        continue;
      }
      String pattern = e.get("pattern").asText();
      try {
        Pattern.compile(pattern);
      } catch (PatternSyntaxException ex) {
        problem("section pattern '" + pattern + "' is not a regular expression: " + ex.getDescription());
        continue;
      }
      url(e.get("url").asText().strip(), "sections").ifPresent(u -> out.add(new Source.SectionPage(u, pattern)));
    }
    return out;
  }

  private Source.Politeness politeness() {
    JsonNode v = node.get("politeness");
    if (v == null || v.isNull()) return null;
    if (!v.isObject()) {
      problem("'politeness' must be a mapping");
      return null;
    }
    for (Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!POLITENESS_KEYS.contains(k)) problem("unknown politeness key '" + k + "'");
    }
    Duration delay = duration(v.get("min-delay"), "politeness.min-delay");
    Integer connections = null;
    if (v.hasNonNull("max-connections")) {
      if (!v.get("max-connections").canConvertToInt() || v.get("max-connections").asInt() < 1)
        problem("politeness.max-connections must be a positive integer");
      else connections = v.get("max-connections").asInt();
    }
    String ua = v.hasNonNull("user-agent") ? v.get("user-agent").asText() : null;
    return new Source.Politeness(delay, connections, ua);
  }

  /** {@code 90s}, {@code 15m}, {@code 2h}, {@code 1d}, {@code 500ms}, or ISO-8601 ({@code PT15M}). */
  private Duration duration(JsonNode v, String key) {
    if (v == null || v.isNull()) return null;
    String s = v.asText().strip().toLowerCase(Locale.ROOT);
    var m = SHORT_DURATION.matcher(s);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    }
    try {
      return Duration.parse(s.toUpperCase(Locale.ROOT));
    } catch (java.time.format.DateTimeParseException e) {
      problem("'" + key + "': '" + v.asText() + "' is not a duration (e.g. 90s, 15m, 2h)");
      return null;
    }
  }
}
