package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.Entity;
import org.vigie.core.EntityType;

/** Office phrases on the shipped KB: seats many hold at once (député, eurodéputé) against posts one holds (Premier ministre), and a cabinet named by its head ("le gouvernement Carney"). */
class SeatPhrasesTest {
  private static KnowledgeBase kb;
  private static EntityLinker linker;

  @BeforeAll
  static void load() {
    kb = LinkerFixture.shippedKb();
    linker = LinkerFixture.shipped();
  }

  private static List<Entity> officials(String lang, String text) {
    return LinkerFixture.linkBody(linker, lang, text, LocalDate.of(2025, 6, 1)).stream().filter(e -> e.type() == EntityType.OFFICIAL).toList();
  }

  private static List<String> texts(List<Entity> entities) {
    return entities.stream().flatMap(e -> e.mentions().stream()).map(m -> m.text()).toList();
  }

  @Test
  void a_seat_is_an_office_several_officials_hold_for_months_not_a_post_handed_over_on_one_day() {
    assertThat(SeatPhrases.seats(kb)).contains("office/fr-deputy", "office/eu-mep")
        .doesNotContain("office/fr-prime-minister", "office/uk-prime-minister", "office/uk-technology-secretary");
  }

  @Test
  void a_qualified_seat_that_names_nobody_after_it_is_one_official() {
    List<Entity> found = officials("fr", "La députée des Yvelines, issue de Renaissance, a été réélue au perchoir.");
    assertThat(texts(found)).containsExactly("La députée des Yvelines");
    assertThat(found.getFirst().id()).startsWith("new/official/");
    assertThat(texts(officials("fr", "« C'est un premier pas », juge une députée insoumise."))).containsExactly("une députée insoumise");
    assertThat(texts(officials("fr", "Le député sortant, élu sous l'étiquette Renaissance, a démenti."))).containsExactly("Le député sortant");
    assertThat(texts(officials("fr", "Amende contre X : « Un premier pas », juge un député de Loire-Atlantique")))
        .containsExactly("un député de Loire-Atlantique");
  }

  @Test
  void a_bare_seat_a_title_before_a_name_or_a_description_after_one_is_no_mention() {
    assertThat(texts(officials("fr", "Le député a répondu qu'il voterait le texte."))).isEmpty();
    assertThat(texts(officials("fr", "Le député Renaissance de l'Essonne Paul Midy défend le texte.")))
        .noneMatch(t -> t.contains("député"));
    assertThat(texts(officials("fr", "L'eurodéputée LR Catherine Vogt-Dillmann a défendu le compromis.")))
        .noneMatch(t -> t.contains("eurodéputée"));
    assertThat(texts(officials("fr", "Ancienne députée fédérale d'Hochelaga, elle a quitté la politique."))).isEmpty();
    assertThat(texts(officials("fr", "Il faudrait les deux, juge Laure Miller, députée de la Marne, qui a travaillé sur le texte.")))
        .noneMatch(t -> t.contains("députée"));
  }

  @Test
  void a_post_one_person_holds_still_names_its_holder() {
    assertThat(officials("fr", "Le Premier ministre a demandé aux ministres de coordonner leur réponse."))
        .extracting(Entity::id).containsExactly("official/francois-bayrou");
  }

  @Test
  void a_cabinet_named_by_its_head_is_the_government_the_head_leads_not_an_official() {
    List<Entity> found = LinkerFixture.linkBody(linker, "fr", "Le gouvernement Carney n'a pas encore indiqué s'il le redéposera.", LocalDate.of(2025, 12, 6));
    assertThat(found).extracting(Entity::id).contains("government/ca").doesNotContain("official/mark-carney");
    assertThat(texts(found.stream().filter(e -> e.id().equals("government/ca")).toList())).containsExactly("gouvernement Carney");
    assertThat(officials("fr", "Mark Carney a annoncé un plan.")).extracting(Entity::id).containsExactly("official/mark-carney");
  }
}
