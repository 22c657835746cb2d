package org.vigie.crawler.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads machine-written dates (JSON-LD, {@code <meta>}, {@code <time datetime>}): ISO-8601 with
 * or without offset, with a space instead of "T", with a "+0200" offset, RFC 1123, epoch seconds
 * or milliseconds; anything else is tried as a visible phrase.
 */
final class DateValueParser {
  private static final Pattern ISO_LIKE =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
              + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?");
  private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");

  private final ZoneId defaultZone;
  private final DatePhraseParser phrases;

  DateValueParser(ZoneId defaultZone, DatePhraseParser phrases) {
    this.defaultZone = defaultZone;
    this.phrases = phrases;
  }

  Optional<OffsetDateTime> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.strip();
    if (v.isEmpty() || v.length() > 200) {
      return Optional.empty();
    }
    try {
      Matcher m = ISO_LIKE.matcher(v);
      if (m.lookingAt()) {
        return Optional.ofNullable(iso(m));
      }
      if (EPOCH.matcher(v).matches()) {
        long n = Long.parseLong(v);
        Instant i = v.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
        return Optional.of(i.atOffset(java.time.ZoneOffset.UTC));
      }
      if (v.length() > 20 && Character.isLetter(v.charAt(0)) && v.charAt(3) == ',') {
        try {
          return Optional.of(
              ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime());
        } catch (DateTimeException ignored) {
          // not RFC 1123 after all: try it as a phrase below
        }
      }
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    return phrases.first(v, null).map(DatePhraseParser.Found::time);
  }

  private OffsetDateTime iso(Matcher m) {
    LocalDate date =
        LocalDate.of(
            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    if (date.getYear() < 1990 || date.getYear() > 2100) {
      return null;
    }
    if (m.group(4) == null) {
      return date.atStartOfDay(defaultZone).toOffsetDateTime();
    }
    int nanos = 0;
    if (m.group(7) != null) {
      String frac = (m.group(7) + "000000000").substring(0, 9);
      nanos = Integer.parseInt(frac);
    }
    LocalDateTime local =
        date.atTime(
            Integer.parseInt(m.group(4)),
            Integer.parseInt(m.group(5)),
            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
            nanos);
    String offset = m.group(8);
    if (offset == null) {
      return local.atZone(defaultZone).toOffsetDateTime();
    }
    if (offset.equals("Z")) {
      return local.atOffset(java.time.ZoneOffset.UTC);
    }
    String normal = offset.length() == 3 ? offset + ":00" : offset;
    if (normal.length() == 5) {
      normal = normal.substring(0, 3) + ":" + normal.substring(3);
    }
    return local.atOffset(java.time.ZoneOffset.of(normal));
  }
}
