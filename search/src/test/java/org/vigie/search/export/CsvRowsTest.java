package org.vigie.search.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvRowsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "plain|plain",
        "a,b|\"a,b\"",
        "say \"hi\"|\"say \"\"hi\"\"\"",
        "=HYPERLINK(1)|'=HYPERLINK(1)",
        "+33 1|'+33 1",
        "@SUM(A1)|'@SUM(A1)",
        "-2,5|\"'-2,5\""
      })
  void cells_are_quoted_and_formulas_defused(String in, String out) {
    assertThat(CsvRows.cell(in)).isEqualTo(out);
  }
}
