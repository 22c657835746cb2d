package org.vigie.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineFilterTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Updated 11:21 pm CST, Tuesday, November 19, 2019",
        "By HNN Staff | November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM",
        "Publié le 9 janvier 2026 à 14h50",
        "Mis à jour le 10 janvier 2026 à 09h00",
        "Nov. 20, 2019 5:52 AM EST",
        "By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER",
        "Par Claire Vasseur et Marc Petit",
        "Associated Press",
        "Robert Burns, AP National Security Writer"
      })
  void recognises_date_lines_bylines_and_signatures(String line) {
    assertThat(DatelineFilter.isMetadataLine(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1a etapa: 10 de março – Interlagos",
        "The fine, announced on 5 December 2025, is the first under the DSA.",
        "By the time police arrived, the suspect had fled.",
        "Le texte sera examiné au Sénat au printemps.",
        "Ofcom Chief Executive Melanie Dawes",
        "“We got her!”"
      })
  void keeps_sentences_list_items_and_quotes(String line) {
    assertThat(DatelineFilter.isMetadataLine(line)).isFalse();
  }
}
