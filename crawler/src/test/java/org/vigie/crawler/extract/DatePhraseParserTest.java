package org.vigie.crawler.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatePhraseParserTest {
  private static final Instant FETCHED = Instant.parse("2026-01-09T17:00:00Z");
  private final DatePhraseParser paris = new DatePhraseParser(ZoneId.of("Europe/Paris"), false);
  private final DatePhraseParser newYork = new DatePhraseParser(ZoneId.of("America/New_York"), true);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          9.1.2026 - 14:50                          | 2026-01-09T14:50+01:00
          09.01.2026, 14:50                         | 2026-01-09T14:50+01:00
          vendredi 9 janvier 2026 à 14h50           | 2026-01-09T14:50+01:00
          Publié le 9 janv. 2026                    | 2026-01-09T00:00+01:00
          Publié le 9 janvier 2026 à 14h50          | 2026-01-09T14:50+01:00
          9 janvier 2026 à 14 h 50                  | 2026-01-09T14:50+01:00
          le 1er février 2026 à 8h05                | 2026-02-01T08:05+01:00
          Mis en ligne le 14 août 2025 à 09:12      | 2025-08-14T09:12+02:00
          January 9, 2026 2:50pm GMT                | 2026-01-09T14:50Z
          9 January 2026 14:50 GMT                  | 2026-01-09T14:50Z
          Fri, Jan 9, 2026, 14:50                   | 2026-01-09T14:50+01:00
          09/01/2026 14:50 CET                      | 2026-01-09T14:50+01:00
          Published 12 July 2025 at 10.30 BST       | 2025-07-12T10:30+01:00
          2026-01-09 14:50                          | 2026-01-09T14:50+01:00
          3 hours ago                               | 2026-01-09T15:00+01:00
          il y a 2 heures                           | 2026-01-09T16:00+01:00
          45 minutes ago                            | 2026-01-09T17:15+01:00
          """)
  void reads_french_and_english_date_phrases(String phrase, String expected) {
    assertThat(paris.first(phrase, FETCHED)).map(DatePhraseParser.Found::time)
        .hasValueSatisfying(t -> assertThat(t).isEqualTo(OffsetDateTime.parse(expected)));
  }

  @Test
  void reads_us_eastern_time_with_meridiem_and_zone() {
    assertThat(newYork.first("January 9, 2026 2:50pm ET", FETCHED).orElseThrow().time())
        .isEqualTo(OffsetDateTime.parse("2026-01-09T14:50-05:00"));
    assertThat(newYork.first("Updated 01/09/2026 at 9:05 a.m. EDT", FETCHED).orElseThrow().time())
        .isEqualTo(OffsetDateTime.parse("2026-01-09T09:05-04:00"));
  }

  @Test
  void tells_the_update_from_the_publication_in_one_line() {
    List<DatePhraseParser.Found> found =
        paris.findAll("Publié le 9 janvier 2026 à 14h50, mis à jour le 10 janvier 2026 à 09h00", FETCHED);
    assertThat(found).extracting(DatePhraseParser.Found::role)
        .containsExactly(DatePhraseParser.Role.PUBLISHED, DatePhraseParser.Role.UPDATED);
    assertThat(found.get(1).time()).isEqualTo(OffsetDateTime.parse("2026-01-10T09:00+01:00"));
  }

  @Test
  void ignores_numbers_that_are_not_dates() {
    assertThat(paris.findAll("120 millions d'euros, 10 % du chiffre d'affaires, 24/7", FETCHED)).isEmpty();
    assertThat(paris.first("March 9, 2026 12 people were hurt", FETCHED).orElseThrow().hasTime()).isFalse();
  }
}
