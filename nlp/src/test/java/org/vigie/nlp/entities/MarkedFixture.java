package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.core.Entity;
import org.vigie.core.EntityMention;

/**
 * Fixture files of one sentence per line where the mentions a rule must find are marked
 * {@code [[like this]]} and everything unmarked is a trap it must leave: each line is linked
 * without its marks, and the rule's mentions must be exactly the marked ones, at their offsets.
 */
final class MarkedFixture {
  private static final Pattern MARK = Pattern.compile("\\[\\[(.+?)]]");

  private MarkedFixture() {}

  /** A fixture line: the text as linked, and the expected mentions as {@code text@offset}, sorted. */
  record Line(String source, String plain, List<String> expected) {}

  static List<Line> read(String resource) {
    String all;
    try (InputStream in = MarkedFixture.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("no test resource " + resource);
      all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Line> lines = new ArrayList<>();
    for (String line : all.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) continue;
      StringBuilder plain = new StringBuilder();
      List<String> expected = new ArrayList<>();
      Matcher m = MARK.matcher(line);
      int last = 0;
      while (m.find()) {
        plain.append(line, last, m.start());
        expected.add(m.group(1) + "@" + plain.length());
        plain.append(m.group(1));
        last = m.end();
      }
      plain.append(line.substring(last));
      expected.sort(null);
      lines.add(new Line(line, plain.toString(), List.copyOf(expected)));
    }
    return lines;
  }

  /** Links every line of {@code resource} and checks that the mentions {@code byRule} selects are the marked ones. */
  static void check(EntityLinker linker, String lang, String resource, Predicate<EntityMention> byRule) {
    check(linker, lang, resource, byRule, e -> {});
  }

  /** The same, and {@code eachFound} checks every entity that holds one of the rule's mentions. */
  static void check(EntityLinker linker, String lang, String resource, Predicate<EntityMention> byRule, Consumer<Entity> eachFound) {
    for (Line line : read(resource)) {
      List<String> found = new ArrayList<>();
      for (Entity e : LinkerFixture.link(linker, lang, null, line.plain())) {
        for (EntityMention m : e.mentions()) {
          if (!byRule.test(m)) continue;
          eachFound.accept(e);
          found.add(m.text() + "@" + m.start());
        }
      }
      found.sort(null);
      assertThat(found).as(line.source()).isEqualTo(line.expected());
    }
  }
}
