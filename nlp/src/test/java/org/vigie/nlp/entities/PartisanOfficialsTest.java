package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.Entity;
import org.vigie.core.EntityType;

/** A person named beside a party speaks as its elected member: an OFFICIAL; a candidate stays a PERSON. */
class PartisanOfficialsTest {
  private static EntityLinker linker;

  @BeforeAll
  static void load() {
    linker = LinkerFixture.shippedWithNameFinder();
  }

  private static Optional<EntityType> typeOf(String lang, String text, String mention) {
    List<Entity> entities = LinkerFixture.link(linker, lang, null, text);
    return entities.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(mention))).map(Entity::type).findFirst();
  }

  @Test
  void a_name_beside_a_party_or_after_a_partisan_noun_is_an_official() {
    assertThat(typeOf("fr", "Le MoDem, par la voix de Jean-Baptiste Ollivier-Sarr, a plaidé pour une réponse européenne.",
            "Jean-Baptiste Ollivier-Sarr"))
        .contains(EntityType.OFFICIAL);
    assertThat(typeOf("fr", "« Qu’attend la Commission ? », a lancé la socialiste Bérénice Haller-Naudin devant l’hémicycle.",
            "Bérénice Haller-Naudin"))
        .contains(EntityType.OFFICIAL);
  }

  @Test
  void a_candidate_or_a_name_far_from_any_party_stays_a_person() {
    assertThat(typeOf("fr", "Le candidat du RN dans la circonscription, Jordan Mercier, a condamné toute manipulation.", "Jordan Mercier"))
        .contains(EntityType.PERSON);
    assertThat(typeOf("fr", "Jean-Baptiste Ollivier-Sarr, retraité, a porté plainte mardi à Rennes.", "Jean-Baptiste Ollivier-Sarr"))
        .contains(EntityType.PERSON);
  }
}
