package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.core.Entity;
import org.vigie.core.EntityType;

/**
 * The place list with the shipped KB and rules, alone after the gazetteer: the fixtures mark the
 * places it must find; every other listed name on a line (a club, a person, an institution's
 * place, a common word) is a trap it must leave.
 */
class PlaceGazetteerRuleTest {
  private static KnowledgeBase kb;
  private static EntityLinker linker;

  @BeforeAll
  static void load() throws IOException {
    kb = LinkerFixture.shippedKb();
    linker = new EntityLinker(kb, ContextRules.loadDefault(), List.of(new PlaceGazetteerRule(kb, ContextRules.loadDefault())));
  }

  private static List<Entity> link(String lang, String text) {
    return LinkerFixture.link(linker, lang, null, text);
  }


  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void finds_the_marked_places_and_leaves_the_traps(String lang) {
    MarkedFixture.check(linker, lang, "/places/places-and-traps-" + lang + ".txt", m -> m.method().startsWith(PlaceGazetteerRule.METHOD));
  }

  @Test
  void a_place_is_one_id_in_both_languages_and_the_kb_keeps_its_own() {
    List<Entity> fr = link("fr", "Des familles de Bâle et de Bienne ont manifesté à Londres.");
    List<Entity> en = link("en", "Families from Basel and Biel marched in London.");
    assertThat(LinkerFixture.ids(fr)).contains("new/location/basel", "new/location/bienne", "place/london");
    assertThat(LinkerFixture.ids(en)).contains("new/location/basel", "new/location/bienne", "place/london");
  }

  @Test
  void a_listed_country_that_acts_is_its_government_and_a_town_stays_a_place() {
    List<Entity> entities = link("en", "Singapore has ordered platforms to remove the video. A Swansea man was arrested.");
    assertThat(entities).anySatisfy(e -> {
      assertThat(e.id()).isEqualTo("new/government/singapore");
      assertThat(e.type()).isEqualTo(EntityType.GOVERNMENT);
    });
    assertThat(entities).anySatisfy(e -> {
      assertThat(e.id()).isEqualTo("new/location/swansea");
      assertThat(e.type()).isEqualTo(EntityType.LOCATION);
    });
  }

  @Test
  void the_list_is_large_and_skips_the_names_the_kb_has() {
    PlaceGazetteerRule rule = new PlaceGazetteerRule(kb, ContextRules.loadDefault());
    assertThat(rule.size()).isGreaterThan(1500);
    assertThat(link("fr", "Il vit en Slovaquie, pas en France.")).anySatisfy(e -> assertThat(e.id()).isEqualTo("place/france"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void finds_listed_towns_after_a_cue_and_leaves_them_in_names_and_alone(String lang) {
    MarkedFixture.check(linker, lang, "/places/towns-and-traps-" + lang + ".txt", m -> m.method().startsWith(PlaceGazetteerRule.METHOD));
  }

  @Test
  void a_listed_town_is_a_location_keyed_by_its_slug() {
    assertThat(link("fr", "Un retraité de Plougastel-Daoulas a été escroqué.")).anySatisfy(e -> {
      assertThat(e.id()).isEqualTo("new/location/plougastel-daoulas");
      assertThat(e.type()).isEqualTo(EntityType.LOCATION);
    });
  }

  @Test
  void a_longer_listed_name_replaces_the_kb_place_inside_it() {
    assertThat(LinkerFixture.ids(link("en", "Tension is rising in the South China Sea."))).contains("new/location/south-china-sea").doesNotContain("place/china");
    List<Entity> entities = link("fr", "Six personnes ont été interpellées en Île-de-France, dont deux à Châlons-en-Champagne.");
    assertThat(LinkerFixture.ids(entities)).contains("new/location/ile-de-france", "new/location/chalons-en-champagne").doesNotContain("place/france");
    assertThat(LinkerFixture.mentionTexts(entities, "new/location/ile-de-france")).containsExactly("Île-de-France");
  }

  /** The script drops given names and places.tsv's names; a hand edit of the list must too. */
  @Test
  void the_town_list_holds_no_given_name_and_no_name_of_the_place_list() throws IOException {
    java.util.Set<String> given = new java.util.HashSet<>();
    try (var in = PlaceGazetteerRule.class.getResourceAsStream("/names/given-names.txt")) {
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        String name = line.split("#", 2)[0].strip().replace("~", "");
        if (!name.isEmpty()) given.add(TextFolding.fold(name));
      }
    }
    java.util.Set<String> places = new java.util.HashSet<>();
    for (TsvRows.Row row : TsvRows.read(PlaceGazetteerRule.RESOURCE, 4)) {
      for (String col : List.of(row.columns()[0], row.columns()[1])) {
        for (String name : col.split("\\|")) places.add(TextFolding.fold(name.strip()));
      }
    }
    List<TsvRows.Row> towns = TsvRows.read(PlaceGazetteerRule.TOWNS, 2);
    assertThat(towns).hasSizeGreaterThan(10_000);
    for (TsvRows.Row row : towns) {
      String town = TextFolding.fold(row.columns()[0]);
      assertThat(given).as("given name in the town list").doesNotContain(town);
      assertThat(places).as("places.tsv name in the town list").doesNotContain(town);
    }
  }
}
