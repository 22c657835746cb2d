package org.vigie.search.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.vigie.core.RegulatoryAction;

/**
 * The dated chain of regulatory responses to an incident: every action recorded across the
 * coverage matching a subject, merged when several articles report the same one.
 *
 * @param subject what was asked, resolved: {@code entity:<id>} or {@code query:<text>}
 * @param articles how many articles were read
 */
public record CaseFile(String subject, long articles, List<Entry> entries) {
  public CaseFile {
    Objects.requireNonNull(subject, "subject");
    entries = List.copyOf(entries);
  }

  /**
   * One action as the coverage reports it.
   *
   * @param date when the action happened, when an article says so, or {@code null}
   * @param firstSeen the publication time of the first article reporting it
   * @param statuses every status the coverage gave it (threatened, then imposed…)
   * @param outlets the outlets that reported it
   * @param articleIds the articles that reported it
   */
  public record Entry(
      RegulatoryAction.Type type,
      Set<RegulatoryAction.Status> statuses,
      String actorId,
      String targetId,
      String lawId,
      BigDecimal amount,
      String currency,
      LocalDate date,
      Instant firstSeen,
      Set<String> outlets,
      Set<String> articleIds) {
    public Entry {
      Objects.requireNonNull(type, "type");
      statuses = Set.copyOf(statuses);
      outlets = Set.copyOf(outlets);
      articleIds = Set.copyOf(articleIds);
    }
  }
}
