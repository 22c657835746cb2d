package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.Entity;
import org.vigie.core.EntityMention;
import org.vigie.core.EntityType;

/** People named by a given name alone, with the shipped KB and the given-name rule before it. */
class LoneGivenNamesTest {
  private static EntityLinker linker;

  @BeforeAll
  static void load() {
    KnowledgeBase kb = LinkerFixture.shippedKb();
    linker = new EntityLinker(kb, ContextRules.loadDefault(), List.of(new GivenNameRule(kb), new LoneGivenNames(kb)));
  }

  private static List<String> lone(String lang, String text) {
    return LinkerFixture.link(linker, lang, null, text).stream()
        .flatMap(e -> e.mentions().stream().filter(m -> m.method().equals(LoneGivenNames.METHOD)).map(m -> e.type() + " " + e.id() + " " + m.text()))
        .toList();
  }

  @Test
  void a_given_name_with_an_age_or_after_a_kinship_noun_is_a_person_and_so_are_its_other_mentions() {
    assertThat(lone("fr", "Jacqueline, 84 ans, habitante de Neuilly, a reçu l'appel. Jacqueline n'a rien payé."))
        .containsExactly("PERSON new/person/jacqueline Jacqueline", "PERSON new/person/jacqueline Jacqueline");
    assertThat(lone("fr", "À Bordeaux, une étudiante de 21 ans, Maëlys, a porté plainte.")).containsExactly("PERSON new/person/maelys Maëlys");
    assertThat(lone("fr", "Son petit-fils, Jean-Philippe, était à ses cours.")).containsExactly("PERSON new/person/jean-philippe Jean-Philippe");
    assertThat(lone("en", "Ian Russell, whose daughter Molly died in 2017, spoke.")).containsExactly("PERSON new/person/molly Molly");
  }

  @Test
  void the_kb_person_of_that_given_name_whose_surname_the_article_names_is_the_one_meant() {
    assertThat(lone("fr", "Matt et Maria Raine accusent OpenAI de la mort de leur fils Adam, 16 ans."))
        .containsExactly("PERSON person/adam-raine Adam");
  }

  @Test
  void a_given_name_without_the_cue_a_word_like_name_or_part_of_a_full_name_is_left() {
    assertThat(lone("fr", "Jacqueline a reçu un appel de son petit-fils.")).isEmpty();
    assertThat(lone("fr", "Florence, 30 ans après, a changé.")).isEmpty();
    List<Entity> full = LinkerFixture.link(linker, "fr", null, "Jacqueline Martin, 84 ans, a porté plainte.");
    assertThat(full.stream().flatMap(e -> e.mentions().stream()).map(EntityMention::method)).doesNotContain(LoneGivenNames.METHOD);
    assertThat(full).extracting(Entity::type).contains(EntityType.PERSON);
  }
}
