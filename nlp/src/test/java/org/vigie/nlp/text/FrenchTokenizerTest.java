package org.vigie.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchTokenizerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "l'Arcom a saisi|l' Arcom a saisi",
        "d’Ofcom.|d’ Ofcom .",
        "de l'UE|de l' UE",
        "qu'Ofcom enquête|qu' Ofcom enquête",
        "jusqu'à fin 2026|jusqu' à fin 2026",
        "aujourd'hui|aujourd'hui",
        "X (ex-Twitter)|X ( ex-Twitter )",
        "Royaume-Uni,|Royaume-Uni ,",
        "120 millions d'euros|120 millions d' euros",
        "3,5 %|3,5 %",
        "« C'est illégal »|« C' est illégal »",
        "M. Regnier|M . Regnier",
      })
  void splits_french_text_as_the_ud_treebank_does(String text, String expected) {
    assertThat(String.join(" ", FrenchTokenizer.INSTANCE.tokenize(text))).isEqualTo(expected);
  }
}
