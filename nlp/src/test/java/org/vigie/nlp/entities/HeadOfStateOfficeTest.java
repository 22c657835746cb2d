package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.core.Entity;
import org.vigie.core.TextField;
import org.vigie.nlp.text.Segmentation;

/** "le chef de l'État" is the outlet's head of state; another country's adjective after it makes it that country's. */
class HeadOfStateOfficeTest {
  private static EntityLinker linker;

  @BeforeAll
  static void load() {
    linker = LinkerFixture.shipped();
  }

  private static List<String> ids(String text, String country) {
    Map<TextField, Segmentation> fields = new EnumMap<>(TextField.class);
    fields.put(TextField.BODY, LinkerFixture.SEGMENTER.segment(text, "fr"));
    return linker.link(fields, "fr", LocalDate.of(2025, 6, 1), country, null).stream().map(Entity::id).toList();
  }

  @Test
  void the_head_of_state_in_a_french_paper_is_the_french_president() {
    assertThat(ids("L’Élysée fait savoir que le chef de l’État a évoqué le sujet.", "FR")).contains("official/emmanuel-macron");
  }

  @Test
  void another_countrys_head_of_state_or_another_outlets_is_not() {
    assertThat(ids("Le chef de l’État américain a évoqué le sujet mardi.", "FR")).doesNotContain("official/emmanuel-macron");
    assertThat(ids("Le chef de l’État a évoqué le sujet mardi à Berne.", "CH")).doesNotContain("official/emmanuel-macron");
  }
}
