package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Party names in political context, with the shipped KB, rules and name finder: the fixtures mark
 * the parties the recogniser must find (and, where a name is shared, which country's); every
 * other party name on a line is a trap.
 */
class PartyCuesTest {
  private static final Pattern MARK = Pattern.compile("\\[\\[(.+?)(?:=(.+?))?]]");
  private static KnowledgeBase kb;
  private static EntityLinker linker;
  private static Set<String> parties;

  @BeforeAll
  static void load() throws IOException {
    kb = LinkerFixture.shippedKb();
    ContextRules rules = ContextRules.loadDefault();
    linker = EntityLinker.withNameFinder(kb, rules, EntityLinker.defaultNameFinderModel());
    parties = PartyCues.loadDefault().parties();
  }

  private static List<Entity> link(String lang, String country, String text) {
    Map<TextField, Segmentation> fields = new EnumMap<>(TextField.class);
    fields.put(TextField.BODY, LinkerFixture.SEGMENTER.segment(text, lang));
    return linker.link(fields, lang, LocalDate.of(2025, 6, 1), country);
  }

  @Test
  void every_listed_party_is_a_kb_organization() {
    assertThat(parties).isNotEmpty();
    for (String id : parties) {
      assertThat(kb.entity(id)).as(id).isPresent();
      assertThat(kb.entity(id).orElseThrow().type()).as(id).isEqualTo(EntityType.ORGANIZATION);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void finds_the_marked_parties_and_leaves_the_traps(String lang) throws IOException {
    String all;
    try (InputStream in = getClass().getResourceAsStream("/parties/parties-and-traps-" + lang + ".txt")) {
      all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String line : all.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String country = line.substring(0, line.indexOf('|'));
      String marked = line.substring(line.indexOf('|') + 1);
      StringBuilder plain = new StringBuilder();
      List<String> expected = new ArrayList<>();
      List<String> expectedIds = new ArrayList<>();
      Matcher m = MARK.matcher(marked);
      int last = 0;
      while (m.find()) {
        plain.append(marked, last, m.start());
        expected.add(m.group(1) + "@" + plain.length());
        if (m.group(2) != null) expectedIds.add(m.group(1) + "@" + plain.length() + "=" + m.group(2));
        plain.append(m.group(1));
        last = m.end();
      }
      plain.append(marked.substring(last));
      List<String> found = new ArrayList<>();
      List<String> foundIds = new ArrayList<>();
      for (Entity e : link(lang, country, plain.toString())) {
        if (!parties.contains(e.id())) continue;
        for (EntityMention mention : e.mentions()) {
          found.add(mention.text() + "@" + mention.start());
          foundIds.add(mention.text() + "@" + mention.start() + "=" + e.id());
        }
      }
      expected.sort(null);
      found.sort(null);
      assertThat(found).as(line).isEqualTo(expected);
      assertThat(foundIds).as(line).containsAll(expectedIds);
    }
  }

  @Test
  void a_regional_adjective_before_a_party_makes_its_branch_but_a_listed_branch_stays_the_kb_one() {
    List<Entity> entities =
        link("en", "GB", "Plaid Cymru and the Welsh Conservatives both called for a plan, as did Welsh Labour MS Carys Morgan.");
    assertThat(LinkerFixture.ids(entities)).contains("new/organization/welsh-conservatives", "new/organization/welsh-labour");
    assertThat(LinkerFixture.ids(entities)).doesNotContain("org/uk-conservative-party", "org/uk-labour");
    List<Entity> scottish = link("en", "GB", "Scottish Labour said the vote was a warning.");
    assertThat(LinkerFixture.ids(scottish)).contains("org/scottish-labour");
    List<Entity> government = link("en", "GB", "The Welsh Government said the vote was a warning.");
    assertThat(LinkerFixture.ids(government)).noneMatch(id -> id.startsWith("new/organization/"));
  }

  @Test
  void a_party_after_its_leaders_title_is_not_an_official() {
    List<Entity> entities =
        link("en", "GB", "The fake audio of Michal Šimečka, leader of Progressive Slovakia, spread days before the vote.");
    for (Entity e : entities) {
      for (EntityMention m : e.mentions()) {
        if (m.text().contains("Progressive Slovakia")) assertThat(e.type()).as(m.text()).isNotEqualTo(EntityType.OFFICIAL);
      }
    }
  }
}
