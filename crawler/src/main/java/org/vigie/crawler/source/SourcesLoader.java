package org.vigie.crawler.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigie.core.Source;

/**
 * Reads {@code sources.yml} once into {@link Source} records. Every entry is checked, and every
 * problem reported with its line number, before any is used: a typo in one outlet must not
 * silently drop it from the watch.
 *
 * <pre>
 * sources:
 *   - id: lemonde-pixels
 *     name: Le Monde — Pixels
 *     languages: [fr]
 *     country: FR
 *     feeds: [https://www.lemonde.fr/pixels/rss_full.xml]
 *     sitemaps: [https://www.lemonde.fr/sitemap_news.xml]
 *     sections:
 *       - url: https://www.lemonde.fr/pixels/
 *         pattern: "/pixels/article/"
 *     poll: 15m
 *     politeness: {min-delay: 2s, max-connections: 1, user-agent: "..."}
 *     allow-private-network: false
 * </pre>
 */
public final class SourcesLoader {

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

  public List<Source> load(Path file) throws SourcesException, IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return load(r, file.toString());
    }
  }

  public List<Source> load(InputStream in, String name) throws SourcesException, IOException {
    return load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)), name);
  }

  public List<Source> load(Reader reader, String name) throws SourcesException, IOException {
    List<SourceProblem> problems = new ArrayList<>();
    List<Source> sources = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (JsonParser p = yaml.getFactory().createParser(reader)) {
      if (p.nextToken() != JsonToken.START_OBJECT)
        throw new SourcesException(name, List.of(new SourceProblem(line(p.currentTokenLocation()), null,
            "expected a mapping with a 'sources' list")));
      boolean sawSources = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (!field.equals("sources")) {
          problems.add(new SourceProblem(line(p.currentTokenLocation()), null, "unknown top-level key '" + field + "'"));
          p.skipChildren();
          continue;
        }
        sawSources = true;
        if (value != JsonToken.START_ARRAY) {
          problems.add(new SourceProblem(line(p.currentTokenLocation()), null, "'sources' must be a list"));
          p.skipChildren();
          continue;
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
          int line = line(p.currentTokenLocation());
          JsonNode node = yaml.readTree(p);
          SourceEntry entry = new SourceEntry(node, line);
          var source = entry.toSource();
          if (entry.id() != null && !ids.add(entry.id())) entry.problem("duplicate id '" + entry.id() + "'");
          else source.ifPresent(sources::add);
          problems.addAll(entry.problems());
        }
        if (p.currentToken() != JsonToken.END_ARRAY)
          problems.add(new SourceProblem(line(p.currentTokenLocation()), null, "every entry of 'sources' must be a mapping"));
      }
      if (!sawSources) problems.add(new SourceProblem(1, null, "no 'sources' list"));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      problems.add(new SourceProblem(at == null ? 0 : line(at), null, "not valid YAML: " + e.getOriginalMessage()));
    }
    if (!problems.isEmpty()) throw new SourcesException(name, problems);
    return List.copyOf(sources);
  }

  private static int line(JsonLocation at) {
    return at.getLineNr();
  }
}
