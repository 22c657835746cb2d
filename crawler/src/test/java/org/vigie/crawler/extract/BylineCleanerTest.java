package org.vigie.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylineCleanerTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      textBlock =
          """
          Par Claire Vasseur et Marc Petit (avec AFP)           => Claire Vasseur;Marc Petit;AFP
          By Jane Doe, Technology Editor | 9 January 2026      => Jane Doe
          By Jane Doe and Tom Reid                              => Jane Doe;Tom Reid
          Le Monde avec AFP                                     => Le Monde;AFP
          Keystone-ATS                                          => Keystone-ATS
          Agence France-Presse                                  => Agence France-Presse
          The Associated Press                                  => The Associated Press
          par la rédaction avec afp                             => AFP
          Sarah LazareTwitter                                   => Sarah Lazare
          AMELIA THOMSON-DEVEAUX                                => AMELIA THOMSON-DEVEAUX
          Image: Getty Images                                   => ''
          https://www.facebook.com/someone                      => ''
          Reuters                                               => Reuters
          Propos recueillis par Anne Roux                       => Anne Roux
          """)
  void turns_printed_bylines_into_names(String byline, String expected) {
    String[] names = expected.isEmpty() ? new String[0] : expected.split(";");
    assertThat(BylineCleaner.names(byline)).containsExactly(Arrays.stream(names).map(String::strip).toArray(String[]::new));
  }
}
