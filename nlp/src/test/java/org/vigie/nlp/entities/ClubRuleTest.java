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
 * The club list with the shipped KB, before the place list as in the shipped linker: the fixtures
 * mark the clubs it must find; the places, common words and longer names on a line are traps.
 */
class ClubRuleTest {
  private static final Pattern MARK = Pattern.compile("\\[\\[(.+?)]]");
  private static EntityLinker linker;

  @BeforeAll
  static void load() throws IOException {
    KnowledgeBase kb = KnowledgeBaseLoader.loadDefault();
    ContextRules rules = ContextRules.loadDefault();
    linker = new EntityLinker(kb, rules, List.of(new ClubRule(), new PlaceGazetteerRule(kb, rules)));
  }

  private static List<Entity> link(String lang, String text) {
    Map<TextField, Segmentation> fields = new EnumMap<>(TextField.class);
    fields.put(TextField.BODY, LinkerFixture.SEGMENTER.segment(text, lang));
    return linker.link(fields, lang);
  }

  private static List<String> clubsFound(List<Entity> entities) {
    List<String> found = new ArrayList<>();
    for (Entity e : entities) {
      for (EntityMention m : e.mentions()) {
        if (m.method().equals(ClubRule.METHOD)) found.add(m.text() + "@" + m.start());
      }
    }
    found.sort(null);
    return found;
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void finds_the_marked_clubs_and_leaves_the_traps(String lang) throws IOException {
    String resource = "/sports/clubs-and-traps-" + lang + ".txt";
    String all;
    try (InputStream in = getClass().getResourceAsStream(resource)) {
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
      assertThat(clubsFound(link(lang, plain.toString()))).as(line).isEqualTo(expected);
    }
  }

  @Test
  void a_club_named_after_a_place_is_one_organization_and_not_the_place() {
    List<Entity> en = link("en", "Chelsea came from two goals down to draw 2-2 at Aston Villa.");
    Entity villa = en.stream().filter(e -> e.id().equals("new/organization/aston-villa")).findFirst().orElseThrow();
    assertThat(villa.type()).isEqualTo(EntityType.ORGANIZATION);
    List<Entity> fr = link("fr", "Le Paris Saint-Germain, ou PSG, a battu Lens.");
    assertThat(LinkerFixture.ids(fr)).contains("new/organization/paris-saint-germain").doesNotContain("place/paris");
    assertThat(fr.stream().filter(e -> e.id().equals("new/organization/paris-saint-germain")).findFirst().orElseThrow().mentions())
        .hasSize(2);
  }
}
