package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import opennlp.tools.namefind.NameSample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.Entity;
import org.vigie.core.EntityType;
import org.vigie.core.TextField;
import org.vigie.nlp.eval.GoldMention;
import org.vigie.nlp.text.Segmentation;

class NameFinderTest {
  private static EntityLinker linker;

  @BeforeAll
  static void load() throws Exception {
    linker = EntityLinker.withNameFinder(KnowledgeBaseTest.smallKb(), ContextRules.loadDefault(), EntityLinker.defaultNameFinderModel());
  }

  private static List<Entity> link(String lang, String text) {
    return LinkerFixture.link(linker, lang, null, text);
  }

  @Test
  void training_samples_carry_gold_spans_on_token_boundaries_only() {
    String text = "Susie Hargreaves a salué l’Internet Watch Foundation. Ofcom's chief spoke.";
    Segmentation seg = LinkerFixture.SEGMENTER.segment(text, "fr");
    List<GoldMention> gold =
        List.of(
            new GoldMention(TextField.BODY, 0, 16, "Susie Hargreaves", EntityType.PERSON, "new/person/susie-hargreaves"),
            new GoldMention(TextField.BODY, 27, 52, "Internet Watch Foundation", EntityType.ORGANIZATION, "new/organization/iwf"),
            new GoldMention(TextField.BODY, 54, 59, "Ofcom", EntityType.REGULATOR, "regulator/ofcom"));
    List<NameSample> samples = NameFinderTrainer.samples(seg, gold, TextField.BODY);
    assertThat(samples).hasSize(2);
    assertThat(samples.get(0).getNames()).extracting(s -> s.getType()).containsExactly("person", "organization");
    assertThat(samples.get(1).getNames()).isEmpty(); // regulators are the gazetteer's, not the name finder's
  }

  @Test
  void finds_a_speaker_the_knowledge_base_lacks_and_links_the_surname_to_them() {
    List<Entity> entities =
        link("en", "Margaret Okonkwo said the images shared on the platform were devastating for victims. "
            + "Okonkwo, who runs a helpline, called on Ofcom to act.");
    Entity person = entities.stream().filter(e -> e.id().startsWith("new/")).findFirst().orElseThrow();
    assertThat(person.type()).isIn(EntityType.PERSON, EntityType.OFFICIAL);
    assertThat(person.mentions()).extracting(m -> m.text()).contains("Margaret Okonkwo", "Okonkwo");
  }

  @Test
  void a_person_introduced_by_an_office_becomes_an_official() {
    List<Entity> entities =
        link("fr", "La ministre déléguée au Numérique, Claire Dufresne, a annoncé jeudi une saisine de l’Arcom.");
    assertThat(entities)
        .filteredOn(e -> e.mentions().stream().anyMatch(m -> m.text().equals("Claire Dufresne")))
        .extracting(Entity::type)
        .containsExactly(EntityType.OFFICIAL);
  }
}
