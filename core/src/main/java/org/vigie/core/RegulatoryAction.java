package org.vigie.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A typed regulatory event read from an article: who acted, against whom, under which law.
 *
 * @param actorId entity id of the authority acting, or {@code null} when unnamed
 * @param targetId entity id of the platform, company or person acted against, or {@code null}
 * @param lawId entity id of the law invoked, or {@code null}
 * @param amount fine or damages, or {@code null}
 * @param currency ISO 4217 code for {@code amount}, or {@code null}
 * @param date when the action happened, when the article says so, or {@code null}
 */
public record RegulatoryAction(
    Type type,
    Status status,
    String actorId,
    String targetId,
    String lawId,
    BigDecimal amount,
    String currency,
    LocalDate date,
    Evidence evidence) {

  public enum Type {
    FINE,
    INVESTIGATION,
    PRESERVATION_ORDER,
    INFORMATION_REQUEST,
    INTERIM_MEASURE,
    BAN_OR_BLOCK,
    LEGISLATION,
    LAWSUIT,
    CRIMINAL_PROBE,
    WARNING_OR_DEMAND,
    PLATFORM_RESTRICTION
  }

  public enum Status {
    THREATENED,
    ANNOUNCED,
    IMPOSED,
    COMPLIED
  }

  public RegulatoryAction {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(status, "status");
  }
}
