package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.Entity;
import org.vigie.core.EntityType;

/** Organisation names that run past the words that found them: a French purpose, a branch's place. */
class OrganizationTailsTest {
  private static EntityLinker linker;

  @BeforeAll
  static void load() {
    linker = LinkerFixture.shippedWithNameFinder();
  }

  private static List<String> texts(String lang, String text, EntityType type) {
    return LinkerFixture.typedTexts(linker, lang, text, type);
  }

  @Test
  void a_french_name_keeps_its_purpose_after_pour_contre_sur() {
    assertThat(texts("fr", "La Fondation Suisse pour la Protection de l’Enfant, devenue une autre fondation, a réagi.", EntityType.ORGANIZATION))
        .contains("Fondation Suisse pour la Protection de l’Enfant");
    assertThat(texts("fr", "Au CHU comme à l’Hôpital de Montréal pour enfants, des cliniciens s’inquiètent.", EntityType.ORGANIZATION))
        .contains("Hôpital de Montréal pour enfants");
    assertThat(texts("fr", "La directrice de l’organisme Ensemble contre la cyberviolence, Rosalie d’Anjou, s’inquiète.", EntityType.ORGANIZATION))
        .contains("Ensemble contre la cyberviolence");
  }

  @Test
  void a_verb_after_pour_is_the_sentence_not_the_name() {
    List<String> found = texts("fr", "La Fondation Suisse pour obtenir des fonds a lancé un appel.", EntityType.ORGANIZATION);
    assertThat(found).contains("Fondation Suisse");
    assertThat(found.stream().filter(t -> t.contains("obtenir"))).isEmpty();
  }

  @Test
  void a_branch_is_the_organisation_then_its_country() {
    List<Entity> fr = LinkerFixture.link(linker, "fr", null, "Amnesty Suisse, qui avait fait campagne pour le consentement, regrette la décision.");
    assertThat(fr.stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals("Amnesty Suisse"))))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
          assertThat(e.id()).isEqualTo("new/organization/amnesty-suisse");
        });
    assertThat(texts("fr", "Amnesty Suisse, qui avait fait campagne, regrette la décision.", EntityType.LOCATION)).doesNotContain("Suisse");
  }

  @Test
  void an_organisation_then_a_place_in_another_phrase_stays_two_names() {
    assertThat(texts("fr", "Amnesty a publié un rapport, la Suisse a répondu.", EntityType.ORGANIZATION)).doesNotContain("Amnesty Suisse");
  }
}
