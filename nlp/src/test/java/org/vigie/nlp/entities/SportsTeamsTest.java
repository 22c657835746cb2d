package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.Entity;
import org.vigie.core.EntityType;

/** Countries and cities that play in a match report are teams; the same names in news stay places or governments. */
class SportsTeamsTest {
  private static EntityLinker linker;

  @BeforeAll
  static void load() {
    linker = LinkerFixture.shipped();
  }

  private static List<Entity> link(String lang, String text) {
    return LinkerFixture.link(linker, lang, null, text);
  }

  private static EntityType typeOf(List<Entity> entities, String text) {
    return entities.stream()
        .filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(text)))
        .map(Entity::type)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + entities));
  }

  private static final String RUGBY =
      "Samedi soir, devant 80 000 spectateurs au stade, les Bleus ont battu l'Écosse (35-16) lors de la dernière "
          + "journée du tournoi. Le capitaine a salué ses joueurs après le match : trois essais et une victoire "
          + "méritée pour le titre. La France affrontera le Japon en novembre.";

  @Test
  void a_country_beaten_or_acting_in_a_match_report_is_its_team() {
    List<Entity> entities = link("fr", RUGBY);
    assertThat(typeOf(entities, "Écosse")).isEqualTo(EntityType.ORGANIZATION);
    assertThat(typeOf(entities, "France")).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void an_unknown_club_played_against_is_a_team_but_a_beaten_tennis_player_is_not() {
    String report =
        "Glasgow Warriors won the derby with a late try. Glasgow edge Munster in the pre-season match, and the coach "
            + "praised his players. The season starts next month, with the league title at stake for the team.";
    assertThat(typeOf(link("en", report), "Munster")).isEqualTo(EntityType.ORGANIZATION);
    String tennis =
        "Carlos Alcaraz a conservé son titre au tournoi en battant Sinner en finale, au terme d'un match de légende. "
            + "Le joueur a remercié les spectateurs et ses supporters après sa victoire, la saison de tennis continue.";
    assertThat(link("fr", tennis)).noneMatch(e -> e.type() == EntityType.ORGANIZATION);
  }

  @Test
  void the_same_country_in_a_news_story_is_a_government_or_a_place() {
    List<Entity> entities = link("fr", "La France a saisi la justice contre X. Contre l'Écosse, rien n'a été dit.");
    assertThat(entities).noneMatch(e -> e.type() == EntityType.ORGANIZATION);
  }

  @Test
  void a_team_once_played_is_the_team_elsewhere_in_the_report_but_not_where_something_happens() {
    String report =
        "Glasgow Warriors won the derby with a late try. Glasgow edge Munster in the pre-season match, and the coach "
            + "praised his players. Munster led for much of the second half. The season starts next month, with the "
            + "league title at stake for the team. Fans watched the fixture in Munster pubs and in Munster.";
    List<Entity> entities = link("en", report);
    Entity munster = entities.stream().filter(e -> e.type() == EntityType.ORGANIZATION && e.name().equals("Munster")).findFirst().orElseThrow();
    assertThat(munster.mentions()).hasSize(2);
  }
}
