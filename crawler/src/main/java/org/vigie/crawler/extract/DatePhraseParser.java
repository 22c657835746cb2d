package org.vigie.crawler.extract;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates people see on a page, in French and English: "9.1.2026 - 14:50", "09.01.2026,
 * 14:50", "vendredi 9 janvier 2026 à 14h50", "Publié le 9 janv. 2026", "January 9, 2026 2:50pm
 * GMT", "Fri, Jan 9, 2026, 14:50", "3 hours ago", "il y a 2 jours".
 *
 * <p>The patterns have no nested quantifiers, and callers hand in short strings (a date line, a
 * {@code <time>} element), so matching stays linear. A phrase without a zone is read in the zone
 * the caller guessed for the outlet; a relative phrase is resolved against the fetch time.
 */
final class DatePhraseParser {

  /** Whether the words before a date say it is the publication or the update time. */
  enum Role {
    PUBLISHED,
    UPDATED,
    UNLABELLED
  }

  /** One date found in a phrase, with its role. */
  record Found(OffsetDateTime time, Role role, boolean hasTime) {}

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("janvier", 1), Map.entry("janv", 1), Map.entry("january", 1),
          Map.entry("jan", 1), Map.entry("février", 2), Map.entry("fevrier", 2),
          Map.entry("févr", 2), Map.entry("fevr", 2), Map.entry("fév", 2), Map.entry("fev", 2),
          Map.entry("february", 2), Map.entry("feb", 2), Map.entry("mars", 3),
          Map.entry("march", 3), Map.entry("mar", 3), Map.entry("avril", 4),
          Map.entry("avr", 4), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("mai", 5),
          Map.entry("may", 5), Map.entry("juin", 6), Map.entry("june", 6), Map.entry("jun", 6),
          Map.entry("juillet", 7), Map.entry("juil", 7), Map.entry("july", 7),
          Map.entry("jul", 7), Map.entry("août", 8), Map.entry("aout", 8),
          Map.entry("august", 8), Map.entry("aug", 8), Map.entry("septembre", 9),
          Map.entry("sept", 9), Map.entry("september", 9), Map.entry("sep", 9),
          Map.entry("octobre", 10), Map.entry("october", 10), Map.entry("oct", 10),
          Map.entry("novembre", 11), Map.entry("november", 11), Map.entry("nov", 11),
          Map.entry("décembre", 12), Map.entry("decembre", 12), Map.entry("déc", 12),
          Map.entry("december", 12), Map.entry("dec", 12));

  private static final String MONTH =
      "(janvier|janv|january|jan|f[ée]vrier|f[ée]vr|f[ée]v|february|feb|mars|march|mar|avril"
          + "|avr|april|apr|mai|may|juin|june|jun|juillet|juil|july|jul|ao[uû]t|august|aug"
          + "|septembre|september|sept|sep|octobre|october|oct|novembre|november|nov"
          + "|d[ée]cembre|december|d[ée]c)\\.?";

  private static final String ZONE =
      "(GMT|UTC|BST|CET|CEST|WET|WEST|EET|EEST|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT"
          + "|HNE|HAE|HNP|HAP|AEST|AEDT|IST)";

  /** Time after a date: ", 14:50", " à 14h50", " 14 h 50", " - 2:50pm GMT", " at 2.50 p.m. ET". */
  private static final String TIME =
      "(?:\\s*(?:,|à|a|at|-|–|—|\\||@|/|um)?\\s*(?:le\\s+)?(\\d{1,2})\\s?(?:[:hH.]\\s?(\\d{2})"
          + "|(h)(?![a-z]))?(?::\\d{2})?\\s?([aApP]\\.?[mM]\\.?)?(?:\\s?\\(?" + ZONE + "\\b\\)?)?)?";

  private static final Pattern TEXTUAL_DAY_FIRST =
      Pattern.compile(
          "\\b(\\d{1,2})(?:er|st|nd|rd|th)?\\.?\\s+" + MONTH + ",?\\s+(\\d{4})\\b" + TIME,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern TEXTUAL_MONTH_FIRST =
      Pattern.compile(
          "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b" + TIME,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern NUMERIC =
      Pattern.compile("\\b(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})\\b" + TIME);
  private static final Pattern ISO =
      Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2}))?");
  private static final Pattern RELATIVE =
      Pattern.compile(
          "(?:il y a|voici)\\s+(\\d{1,3}|une?)\\s*(min(?:ute)?s?|h(?:eures?)?|jours?|semaines?)\\b"
              + "|(\\d{1,3}|an?|one)\\s*(min(?:ute)?s?|mins?|h(?:ours?|rs?)?|days?|weeks?)\\s+ago\\b"
              + "|\\b(yesterday|hier|today|aujourd'hui|aujourd’hui)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern UPDATED_LABEL =
      Pattern.compile(
          "(mis à jour|mise à jour|màj|maj|actualisé|modifié|updated|last updated|last modified"
              + "|edited)\\s*(?:le|on|at|:)?\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern PUBLISHED_LABEL =
      Pattern.compile(
          "(publié|publiée|publication|paru|published|posted|first published|created)\\s*"
              + "(?:le|on|at|:)?\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Map<String, ZoneId> ZONES =
      Map.ofEntries(
          Map.entry("GMT", ZoneOffset.UTC), Map.entry("UTC", ZoneOffset.UTC),
          Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("CET", ZoneOffset.ofHours(1)),
          Map.entry("CEST", ZoneOffset.ofHours(2)), Map.entry("WET", ZoneOffset.UTC),
          Map.entry("WEST", ZoneOffset.ofHours(1)), Map.entry("EET", ZoneOffset.ofHours(2)),
          Map.entry("EEST", ZoneOffset.ofHours(3)),
          Map.entry("ET", ZoneId.of("America/New_York")), Map.entry("EST", ZoneOffset.ofHours(-5)),
          Map.entry("EDT", ZoneOffset.ofHours(-4)), Map.entry("HNE", ZoneOffset.ofHours(-5)),
          Map.entry("HAE", ZoneOffset.ofHours(-4)), Map.entry("CT", ZoneId.of("America/Chicago")),
          Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
          Map.entry("MT", ZoneId.of("America/Denver")), Map.entry("MST", ZoneOffset.ofHours(-7)),
          Map.entry("MDT", ZoneOffset.ofHours(-6)),
          Map.entry("PT", ZoneId.of("America/Los_Angeles")),
          Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
          Map.entry("HNP", ZoneOffset.ofHours(-8)), Map.entry("HAP", ZoneOffset.ofHours(-7)),
          Map.entry("AEST", ZoneOffset.ofHours(10)), Map.entry("AEDT", ZoneOffset.ofHours(11)),
          Map.entry("IST", ZoneOffset.ofHoursMinutes(5, 30)));

  private final ZoneId defaultZone;
  private final boolean monthFirst;

  /**
   * @param defaultZone the outlet's zone, for phrases that print none
   * @param monthFirst whether "01/09/2026" means January 9 (US pages) rather than 1 September
   */
  DatePhraseParser(ZoneId defaultZone, boolean monthFirst) {
    this.defaultZone = defaultZone;
    this.monthFirst = monthFirst;
  }

  /** The first date in the phrase, if any. */
  Optional<Found> first(String phrase, Instant fetchedAt) {
    List<Found> all = findAll(phrase, fetchedAt);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** Every date in the phrase, in order of appearance, each with the role its label gives it. */
  List<Found> findAll(String phrase, Instant fetchedAt) {
    List<Found> found = new ArrayList<>();
    if (phrase == null || phrase.isBlank()) {
      return found;
    }
    String text = phrase.length() > 400 ? phrase.substring(0, 400) : phrase;
    List<int[]> taken = new ArrayList<>();
    collect(TEXTUAL_DAY_FIRST.matcher(text), text, found, taken, Shape.DAY_MONTH_YEAR);
    collect(TEXTUAL_MONTH_FIRST.matcher(text), text, found, taken, Shape.MONTH_DAY_YEAR);
    collect(NUMERIC.matcher(text), text, found, taken, Shape.NUMERIC);
    collect(ISO.matcher(text), text, found, taken, Shape.ISO);
    if (found.isEmpty() && fetchedAt != null) {
      Matcher m = RELATIVE.matcher(text);
      if (m.find()) {
        relative(m, fetchedAt).ifPresent(t -> found.add(new Found(t, role(text, m.start()), true)));
        taken.add(new int[] {m.start(), m.end()});
      }
    }
    // Sort by position so that "Publié le … Mis à jour le …" keeps its order.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> Integer.compare(taken.get(a)[0], taken.get(b)[0]));
    List<Found> ordered = new ArrayList<>(found.size());
    for (int i : order) {
      ordered.add(found.get(i));
    }
    return ordered;
  }

  private enum Shape {
    DAY_MONTH_YEAR,
    MONTH_DAY_YEAR,
    NUMERIC,
    ISO
  }

  private void collect(Matcher m, String text, List<Found> out, List<int[]> taken, Shape shape) {
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      boolean overlaps = false;
      for (int[] span : taken) {
        if (start < span[1] && end > span[0]) {
          overlaps = true;
          break;
        }
      }
      if (overlaps) {
        continue;
      }
      Optional<Found> f = build(m, shape, role(text, start));
      if (f.isPresent()) {
        out.add(f.get());
        taken.add(new int[] {start, end});
      }
    }
  }

  private Optional<Found> build(Matcher m, Shape shape, Role role) {
    try {
      int year;
      int month;
      int day;
      int timeGroup;
      switch (shape) {
        case DAY_MONTH_YEAR -> {
          day = Integer.parseInt(m.group(1));
          month = month(m.group(2));
          year = Integer.parseInt(m.group(3));
          timeGroup = 4;
        }
        case MONTH_DAY_YEAR -> {
          month = month(m.group(1));
          day = Integer.parseInt(m.group(2));
          year = Integer.parseInt(m.group(3));
          timeGroup = 4;
        }
        case NUMERIC -> {
          int a = Integer.parseInt(m.group(1));
          int b = Integer.parseInt(m.group(3));
          boolean swap = monthFirst ? b <= 12 || a > 12 : a > 12 && b <= 12;
          day = swap ? b : a;
          month = swap ? a : b;
          if ("/".equals(m.group(2)) && monthFirst && a > 12) {
            day = a;
            month = b;
          }
          year = Integer.parseInt(m.group(4));
          timeGroup = 5;
        }
        case ISO -> {
          year = Integer.parseInt(m.group(1));
          month = Integer.parseInt(m.group(2));
          day = Integer.parseInt(m.group(3));
          LocalDate date = LocalDate.of(year, month, day);
          boolean hasTime = m.group(4) != null;
          LocalTime time =
              hasTime
                  ? LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)))
                  : LocalTime.MIDNIGHT;
          return plausible(year)
              ? Optional.of(new Found(at(LocalDateTime.of(date, time), defaultZone), role, hasTime))
              : Optional.empty();
        }
        default -> throw new IllegalStateException();
      }
      if (month < 1 || !plausible(year)) {
        return Optional.empty();
      }
      LocalDate date = LocalDate.of(year, month, day);
      String hour = m.group(timeGroup);
      String minute = m.group(timeGroup + 1);
      String hourOnly = m.group(timeGroup + 2);
      String meridiem = m.group(timeGroup + 3);
      String zone = m.group(timeGroup + 4);
      ZoneId zoneId = zone == null ? defaultZone : ZONES.getOrDefault(zone.toUpperCase(Locale.ROOT), defaultZone);
      boolean hasTime = hour != null && (minute != null || meridiem != null || hourOnly != null);
      LocalTime time = LocalTime.MIDNIGHT;
      if (hasTime) {
        int h = Integer.parseInt(hour);
        int min = minute == null ? 0 : Integer.parseInt(minute);
        if (meridiem != null) {
          boolean pm = Character.toLowerCase(meridiem.charAt(0)) == 'p';
          if (h == 12) h = 0;
          if (pm) h += 12;
        }
        if (h > 23 || min > 59) {
          hasTime = false;
        } else {
          time = LocalTime.of(h, min);
        }
      }
      if (!hasTime) {
        zoneId = zone == null ? defaultZone : zoneId;
      }
      return Optional.of(new Found(at(LocalDateTime.of(date, time), zoneId), role, hasTime));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static boolean plausible(int year) {
    return year >= 1990 && year <= 2100;
  }

  private static int month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    return MONTHS.getOrDefault(w, -1);
  }

  static OffsetDateTime at(LocalDateTime local, ZoneId zone) {
    return local.atZone(zone).toOffsetDateTime();
  }

  private Optional<OffsetDateTime> relative(Matcher m, Instant fetchedAt) {
    OffsetDateTime now = fetchedAt.atZone(defaultZone).toOffsetDateTime();
    String word = m.group(5);
    if (word != null) {
      String w = word.toLowerCase(Locale.ROOT);
      if (w.equals("yesterday") || w.equals("hier")) {
        return Optional.of(now.minusDays(1));
      }
      return Optional.of(now);
    }
    String amount = m.group(1) != null ? m.group(1) : m.group(3);
    String unit = (m.group(2) != null ? m.group(2) : m.group(4)).toLowerCase(Locale.ROOT);
    long n = Character.isDigit(amount.charAt(0)) ? Long.parseLong(amount) : 1;
    Duration d;
    if (unit.startsWith("min")) {
      d = Duration.ofMinutes(n);
    } else if (unit.startsWith("h")) {
      d = Duration.ofHours(n);
    } else if (unit.startsWith("j") || unit.startsWith("d")) {
      d = Duration.ofDays(n);
    } else {
      d = Duration.ofDays(7 * n);
    }
    return Optional.of(now.minus(d));
  }

  private static Role role(String text, int dateStart) {
    String before = text.substring(Math.max(0, dateStart - 40), dateStart);
    // Strip a weekday name and punctuation between the label and the date.
    before =
        before.replaceAll(
            "(?iu)[\\s,:]*(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday"
                + "|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)?[\\s,.:]*$",
            "");
    if (UPDATED_LABEL.matcher(before).find()) {
      return Role.UPDATED;
    }
    if (PUBLISHED_LABEL.matcher(before).find()) {
      return Role.PUBLISHED;
    }
    return Role.UNLABELLED;
  }
}
