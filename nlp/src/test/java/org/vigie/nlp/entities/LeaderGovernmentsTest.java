package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.core.Entity;
import org.vigie.core.EntityMention;
import org.vigie.core.EntityType;

/**
 * Governments named by their leader, with the shipped KB (whose officials carry the offices) and
 * rules; and the shipped context rules that keep "Centre" and "gouvernement fédéral" from being
 * read as India's and Belgium's governments outside their own coverage.
 */
class LeaderGovernmentsTest {
  private static EntityLinker linker;

  @BeforeAll
  static void load() {
    linker = LinkerFixture.shipped();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fr|Le gouvernement Starmer durcit le ton face aux plateformes.|gouvernement Starmer|government/uk",
      "fr|Le gouvernement Legault devrait rapidement inviter la mairesse.|gouvernement Legault|government/qc",
      "fr|Le gouvernement Carney n'a pas encore précisé ses intentions.|gouvernement Carney|government/ca",
      "en|Critics say the Carney government has moved too slowly.|Carney government|government/ca"})
  void a_government_named_by_its_leader_is_that_government(String lang, String text, String span, String id) {
    List<Entity> entities = LinkerFixture.link(linker, lang, null, text);
    Entity government = entities.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    assertThat(government.type()).isEqualTo(EntityType.GOVERNMENT);
    assertThat(government.mentions()).extracting(EntityMention::text).containsExactly(span);
    assertThat(entities).noneMatch(e -> e.type() == EntityType.OFFICIAL);
  }

  @Test
  void the_leader_alone_stays_an_official() {
    List<Entity> entities = LinkerFixture.link(linker, "fr", null, "Keir Starmer a promis d'agir, a répété Starmer devant la presse.");
    assertThat(entities).extracting(Entity::type).containsOnly(EntityType.OFFICIAL);
  }

  @Test
  void a_french_centre_is_not_indias_government() {
    List<Entity> entities = LinkerFixture.link(linker, "fr", null,
        "Le Centre recommande aux familles de convenir d'un mot code, et le Centre pour les médias a publié une étude.");
    assertThat(entities).noneMatch(e -> e.id().equals("government/in"));
  }

  @Test
  void the_centre_in_indian_politics_is_indias_government() {
    List<Entity> entities = LinkerFixture.link(linker, "en", null,
        "The Centre has asked state governments in India to act against deepfakes within 36 hours.");
    assertThat(entities).anyMatch(e -> e.id().equals("government/in"));
  }

  @Test
  void an_unqualified_federal_government_is_no_mention_in_canada() {
    List<Entity> entities = LinkerFixture.link(linker, "fr", null,
        "Le premier ministre François Legault a demandé au gouvernement fédéral un programme d'aide.");
    assertThat(entities).noneMatch(e -> e.id().equals("government/be"));
  }
}
