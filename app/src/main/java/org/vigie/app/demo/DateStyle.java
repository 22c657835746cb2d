package org.vigie.app.demo;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;

/**
 * How an outlet prints a date on its pages, written out by hand rather than through locale data
 * so the phrases stay the same on every JDK (CLDR's short zone names and French ordinals vary).
 */
public enum DateStyle {
  /** {@code Publié le 9 janvier 2026 à 14h50} (French national daily). */
  FR_PUBLIE_LE {
    @Override
    String published(ZonedDateTime t) {
      return "Publié le " + frDay(t) + " " + FR_MONTHS[t.getMonthValue() - 1] + " " + t.getYear()
          + " à " + t.getHour() + "h" + two(t.getMinute());
    }

    @Override
    String updated(ZonedDateTime t) {
      return published(t).replace("Publié le", "Mis à jour le");
    }
  },
  /** {@code 09.01.2026, 14:50} (Swiss). */
  CH_DOTTED {
    @Override
    String published(ZonedDateTime t) {
      return two(t.getDayOfMonth()) + "." + two(t.getMonthValue()) + "." + t.getYear() + ", "
          + two(t.getHour()) + ":" + two(t.getMinute());
    }

    @Override
    String updated(ZonedDateTime t) {
      return "Mis à jour: " + published(t);
    }
  },
  /** {@code vendredi 9 janvier 2026 à 14h50} (Belgian). */
  BE_WEEKDAY {
    @Override
    String published(ZonedDateTime t) {
      return FR_DAYS[t.getDayOfWeek().ordinal()] + " " + frDay(t) + " "
          + FR_MONTHS[t.getMonthValue() - 1] + " " + t.getYear() + " à " + t.getHour() + "h"
          + two(t.getMinute());
    }

    @Override
    String updated(ZonedDateTime t) {
      return "Mis à jour le " + published(t);
    }
  },
  /** {@code 9 janvier 2026 à 14 h 50} (Québec). */
  QC_SPACED {
    @Override
    String published(ZonedDateTime t) {
      return frDay(t) + " " + FR_MONTHS[t.getMonthValue() - 1] + " " + t.getYear() + " à "
          + t.getHour() + " h " + two(t.getMinute());
    }

    @Override
    String updated(ZonedDateTime t) {
      return "Mis à jour le " + published(t);
    }
  },
  /** {@code 9 January 2026 14:50 GMT} (British; BST in summer). */
  GB_LONG {
    @Override
    String published(ZonedDateTime t) {
      return t.getDayOfMonth() + " " + EN_MONTHS[t.getMonthValue() - 1] + " " + t.getYear() + " "
          + two(t.getHour()) + ":" + two(t.getMinute()) + " " + (summer(t) ? "BST" : "GMT");
    }

    @Override
    String updated(ZonedDateTime t) {
      return "Last modified " + published(t);
    }
  },
  /** {@code Fri, Jan 9, 2026, 14:50} (Irish). */
  IE_SHORT {
    @Override
    String published(ZonedDateTime t) {
      return EN_DAYS[t.getDayOfWeek().ordinal()].substring(0, 3) + ", "
          + EN_MONTHS[t.getMonthValue() - 1].substring(0, 3) + " " + t.getDayOfMonth() + ", "
          + t.getYear() + ", " + two(t.getHour()) + ":" + two(t.getMinute());
    }

    @Override
    String updated(ZonedDateTime t) {
      return "Updated: " + published(t);
    }
  },
  /** {@code January 9, 2026 2:50pm ET} (US). */
  US_EASTERN {
    @Override
    String published(ZonedDateTime t) {
      int hour12 = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
      return EN_MONTHS[t.getMonthValue() - 1] + " " + t.getDayOfMonth() + ", " + t.getYear() + " "
          + hour12 + ":" + two(t.getMinute()) + (t.getHour() < 12 ? "am" : "pm") + " ET";
    }

    @Override
    String updated(ZonedDateTime t) {
      return "Updated " + published(t);
    }
  },
  /** {@code 09/01/2026 14:50 CET} (Brussels EU press; CEST in summer). */
  EU_SLASHED {
    @Override
    String published(ZonedDateTime t) {
      return two(t.getDayOfMonth()) + "/" + two(t.getMonthValue()) + "/" + t.getYear() + " "
          + two(t.getHour()) + ":" + two(t.getMinute()) + " " + (summer(t) ? "CEST" : "CET");
    }

    @Override
    String updated(ZonedDateTime t) {
      return "Updated " + published(t);
    }
  };

  private static final String[] FR_MONTHS = {
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre"
  };
  private static final String[] EN_MONTHS = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"
  };
  private static final String[] FR_DAYS = {
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"
  };
  private static final String[] EN_DAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };

  abstract String published(ZonedDateTime localTime);

  abstract String updated(ZonedDateTime localTime);

  /** The publication phrase, in the outlet's zone. */
  public String published(Temporal instantLike, ZoneId zone) {
    return published(ZonedDateTime.from(instantLike).withZoneSameInstant(zone));
  }

  /** The "updated" phrase, in the outlet's zone. */
  public String updated(Temporal instantLike, ZoneId zone) {
    return updated(ZonedDateTime.from(instantLike).withZoneSameInstant(zone));
  }

  /** French writes the first of the month as an ordinal: « 1er janvier ». */
  private static String frDay(ZonedDateTime t) {
    return t.getDayOfMonth() == 1 ? "1er" : Integer.toString(t.getDayOfMonth());
  }

  private static boolean summer(ZonedDateTime t) {
    return t.getZone().getRules().isDaylightSavings(t.toInstant());
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
