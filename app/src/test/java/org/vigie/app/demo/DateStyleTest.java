package org.vigie.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateStyleTest {

  @ParameterizedTest(name = "{0} {2} in {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          FR_PUBLIE_LE | Europe/Paris     | 2026-01-09T14:50:00+01:00 | Publié le 9 janvier 2026 à 14h50
          FR_PUBLIE_LE | Europe/Paris     | 2026-01-01T09:05:00+01:00 | Publié le 1er janvier 2026 à 9h05
          CH_DOTTED    | Europe/Zurich    | 2026-01-09T14:50:00+01:00 | 09.01.2026, 14:50
          BE_WEEKDAY   | Europe/Brussels  | 2026-01-09T14:50:00+01:00 | vendredi 9 janvier 2026 à 14h50
          QC_SPACED    | America/Toronto  | 2026-01-09T14:50:00-05:00 | 9 janvier 2026 à 14 h 50
          GB_LONG      | Europe/London    | 2026-01-09T14:50:00+00:00 | 9 January 2026 14:50 GMT
          GB_LONG      | Europe/London    | 2025-07-14T14:50:00+01:00 | 14 July 2025 14:50 BST
          IE_SHORT     | Europe/Dublin    | 2026-01-09T14:50:00+00:00 | Fri, Jan 9, 2026, 14:50
          US_EASTERN   | America/New_York | 2026-01-09T14:50:00-05:00 | January 9, 2026 2:50pm ET
          US_EASTERN   | America/New_York | 2026-01-09T00:05:00-05:00 | January 9, 2026 12:05am ET
          US_EASTERN   | America/New_York | 2026-01-09T12:00:00-05:00 | January 9, 2026 12:00pm ET
          EU_SLASHED   | Europe/Brussels  | 2026-01-09T14:50:00+01:00 | 09/01/2026 14:50 CET
          EU_SLASHED   | Europe/Brussels  | 2025-07-14T14:50:00+02:00 | 14/07/2025 14:50 CEST
          """)
  void prints_the_outlets_date_phrase(DateStyle style, String zone, String time, String phrase) {
    assertThat(style.published(OffsetDateTime.parse(time), ZoneId.of(zone))).isEqualTo(phrase);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          FR_PUBLIE_LE | Mis à jour le 9 janvier 2026 à 18h10
          CH_DOTTED    | Mis à jour: 09.01.2026, 18:10
          US_EASTERN   | Updated January 9, 2026 12:10pm ET
          """)
  void converts_a_wire_time_to_the_outlets_zone_for_the_update_phrase(DateStyle style, String phrase) {
    OffsetDateTime utc = OffsetDateTime.parse("2026-01-09T17:10:00Z");
    ZoneId zone = style == DateStyle.US_EASTERN ? ZoneId.of("America/New_York") : ZoneId.of("Europe/Paris");
    assertThat(style.updated(utc, zone)).isEqualTo(phrase);
  }
}
