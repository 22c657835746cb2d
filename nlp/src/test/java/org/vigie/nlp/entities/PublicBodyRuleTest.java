package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.core.Entity;
import org.vigie.core.EntityMention;
import org.vigie.core.EntityType;
import org.vigie.core.TextField;
import org.vigie.nlp.text.Segmentation;

/**
 * The public-body rule with the shipped KB and rules, after the gazetteer and the acronym rule:
 * the fixtures mark the bodies it must find; every other name on a line is a trap it must leave.
 */
class PublicBodyRuleTest {
  private static final Pattern MARK = Pattern.compile("\\[\\[(.+?)]]");
  private static EntityLinker linker;

  @BeforeAll
  static void load() throws IOException {
    linker = new EntityLinker(KnowledgeBaseLoader.loadDefault(), ContextRules.loadDefault(), List.of(new AcronymRule(), new PublicBodyRule()));
  }

  private static List<Entity> link(String lang, String text) {
    Map<TextField, Segmentation> fields = new EnumMap<>(TextField.class);
    fields.put(TextField.BODY, LinkerFixture.SEGMENTER.segment(text, lang));
    return linker.link(fields, lang);
  }

  private static List<String> bodiesFound(List<Entity> entities) {
    List<String> found = new ArrayList<>();
    for (Entity e : entities) {
      for (EntityMention m : e.mentions()) {
        if (m.method().equals(PublicBodyRule.METHOD)) {
          assertThat(e.type()).isEqualTo(EntityType.GOVERNMENT);
          found.add(m.text() + "@" + m.start());
        }
      }
    }
    found.sort(null);
    return found;
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void finds_the_marked_bodies_and_leaves_the_traps(String lang) throws IOException {
    String all;
    try (InputStream in = getClass().getResourceAsStream("/publicbodies/bodies-and-traps-" + lang + ".txt")) {
      all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
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
      assertThat(bodiesFound(link(lang, plain.toString()))).as(line).isEqualTo(expected);
    }
  }

  @Test
  void the_place_inside_a_body_is_no_mention_of_its_own() {
    List<Entity> entities = link("fr", "La Ville de Strasbourg a publié un démenti.");
    assertThat(entities).noneMatch(e -> e.type() == EntityType.LOCATION);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "en|The Office for National Statistics (ONS) said on Friday that the ONS would revise its figures.",
      "fr|La Communauté métropolitaine de Montréal (CMM) a adopté son plan, dit la CMM."})
  void an_acronym_defined_in_brackets_takes_its_public_expansions_type(String line) {
    String[] parts = line.split("\\|");
    List<Entity> entities = link(parts[0], parts[1]);
    Entity body = entities.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.method().equals(AcronymRule.METHOD))).findFirst().orElseThrow();
    assertThat(body.type()).isEqualTo(EntityType.GOVERNMENT);
    assertThat(body.mentions()).hasSize(3);
  }
}
