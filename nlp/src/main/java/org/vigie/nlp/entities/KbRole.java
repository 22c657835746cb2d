package org.vigie.nlp.entities;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An official's tenure of an office.
 *
 * @param from first day in office, or {@code null} when unknown
 * @param to last day in office, or {@code null} while still in office
 */
public record KbRole(String office, LocalDate from, LocalDate to) {
  public KbRole {
    Objects.requireNonNull(office, "office");
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException(office + ": tenure ends before it starts");
    }
  }

  public boolean heldOn(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }
}
