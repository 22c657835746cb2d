package org.vigie.nlp.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigie.core.Entity;
import org.vigie.core.EntityMention;
import org.vigie.core.EntityType;
import org.vigie.core.TextField;
import org.vigie.nlp.text.Segmentation;

/** Bare institution names read as the outlet's country's, with the shipped KB and rules. */
class BareInstitutionsTest {
  private static EntityLinker linker;

  @BeforeAll
  static void load() {
    linker = LinkerFixture.shipped();
  }

  private static List<Entity> link(String lang, String country, String text) {
    Map<TextField, Segmentation> fields = new EnumMap<>(TextField.class);
    fields.put(TextField.BODY, LinkerFixture.SEGMENTER.segment(text, lang));
    return linker.link(fields, lang, LocalDate.of(2025, 6, 1), country.equals("-") ? null : country);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fr|FR|Le Parlement adopte définitivement la loi SREN.|Parlement|government/fr-parliament",
      "fr|FR|Le chantier sera financé en partie par l'État, a précisé la préfecture.|État|government/fr",
      "fr|CA|Le projet de loi C-63 piétine toujours aux Communes.|Communes|government/ca-house-of-commons",
      "fr|CA|La prorogation du Parlement a tué le projet de loi.|Parlement|new/government/parliament-of-canada",
      "fr|CH|La question s'est invitée cette semaine sous la Coupole.|Coupole|government/ch-parliament",
      "fr|FR|Dans les couloirs du Parlement, un proche de Roberta Metsola juge le vote acquis.|Parlement|government/european-parliament",
      "en|GB|The Data Bill is now before Parliament and will be debated in June.|Parliament|government/uk-parliament"})
  void a_bare_name_is_the_outlets_countrys_institution(String lang, String country, String text, String span, String id) {
    Entity e = link(lang, country, text).stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    assertThat(e.type()).isEqualTo(EntityType.GOVERNMENT);
    assertThat(e.mentions()).extracting(EntityMention::text).containsExactly(span);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fr|FR|Le Parlement californien vient d'adopter la proposition.",
      "fr|FR|Le chef de l'État a reçu les joueurs.",
      "fr|FR|L'État islamique a revendiqué l'attaque.",
      "fr|FR|Les États membres défendent l'État de droit.",
      "fr|FR|Aux États-Unis, le procureur général de l'État a ouvert une enquête.",
      "fr|FR|L'État-providence coûte cher.",
      "fr|-|Le Parlement adopte définitivement la loi SREN.",
      "en|GB|The Scottish Parliament voted on Tuesday.",
      "fr|BE|Le Parlement adopte définitivement la loi."})
  void a_qualified_name_or_an_unknown_country_is_left(String lang, String country, String text) {
    assertThat(link(lang, country, text)).noneMatch(e -> e.mentions().stream().anyMatch(m -> m.method().equals(BareInstitutions.METHOD)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "CH|Au Grand Conseil neuchâtelois, des députés demandent au Conseil d'État un plan.|new/government/canton-de-neuchatel",
      "FR|Au Grand Conseil neuchâtelois, des députés demandent au Conseil d'État un plan.|government/fr-conseil-d-etat",
      "CH|Le Conseil d'État a rendu son avis sur la loi.|government/fr-conseil-d-etat"})
  void a_swiss_conseil_d_etat_is_the_canton_the_article_names(String country, String text, String id) {
    assertThat(link("fr", country, text).stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals("Conseil d'État"))))
        .extracting(Entity::id).containsExactly(id);
  }
}
