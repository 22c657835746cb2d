package org.vigie.crawler.extract;

import java.util.Locale;
import java.util.Set;

/**
 * Recognises the short lines templates print around the text that are metadata, not text: date
 * lines ("Updated 11:21 pm CST, Tuesday, November 19, 2019", "Publié le 9 janvier 2026 à
 * 14h50"), bylines ("By LISA MASCARO and ERIC TUCKER", "Par Claire Vasseur") and signatures
 * ("Associated Press", "Robert Burns, AP National Security Writer"). Word sets, no regex: the
 * test runs on every short block.
 */
final class DatelineFilter {
  private static final Set<String> DATE_WORDS =
      words(
          "updated", "update", "published", "posted", "last", "first", "modified", "publié",
          "publiée", "mis", "mise", "à", "a", "jour", "le", "la", "on", "at", "am", "pm", "m", "p",
          "et", "and", "of", "h", "min", "modifié", "actualisé", "édité", "en",
          "ligne", "gmt", "utc", "bst", "cet", "cest", "et", "est", "edt", "ct", "cst", "cdt", "mt",
          "mst", "mdt", "pt", "pst", "pdt", "hst", "akst", "aest", "ist", "hne", "hae", "ago", "il",
          "y", "heures", "hours", "minutes", "days", "jours", "hier", "yesterday", "today",
          "aujourd", "hui", "janvier", "janv", "january", "jan", "février", "fevrier", "févr",
          "february", "feb", "mars", "march", "mar", "avril", "avr", "april", "apr", "mai", "may",
          "juin", "june", "jun", "juillet", "juil", "july", "jul", "août", "aout", "august", "aug",
          "septembre", "sept", "september", "sep", "octobre", "october", "oct", "novembre",
          "november", "nov", "décembre", "decembre", "déc", "december", "dec", "lundi", "mardi",
          "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday", "wednesday",
          "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur",
          "thurs", "fri", "sat", "sun", "by", "par", "de", "du", "read", "lecture", "temps");
  private static final Set<String> ROLE_WORDS =
      Set.of(
          "writer", "correspondent", "editor", "reporter", "staff", "journaliste", "rédaction",
          "redaction", "envoyé", "envoyée", "spécial", "spéciale", "contributor", "columnist",
          "chroniqueur", "chroniqueuse", "press", "presse", "agency", "agence");
  private static final Set<String> CONNECTORS = Set.of("and", "et", "with", "avec", "in", "à", "de", "du", "des", "van", "von", "da", "le", "la");

  private DatelineFilter() {}

  private static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /** Whether a block is a date line, a byline or a signature rather than article text. */
  static boolean isMetadataLine(String text) {
    int len = text.length();
    if (len > 120) {
      return false;
    }
    boolean digit = false;
    boolean dateLike = false;
    int run = 0;
    for (int i = 0; i < len; i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        digit = true;
        run++;
        // a year (four digits from 19 or 20) or a clock time ("2:26", "14h50")
        if (run == 4 && (text.startsWith("19", i - 3) || text.startsWith("20", i - 3))) {
          dateLike = true;
        }
      } else {
        if (run > 0 && run <= 2 && (c == ':' || c == 'h') && i + 2 < len && Character.isDigit(text.charAt(i + 1))) {
          dateLike = true;
        }
        run = 0;
      }
    }
    int other = 0;
    int words = 0;
    boolean allCapitalised = true;
    boolean role = false;
    String lower = text.toLowerCase(Locale.ROOT);
    int start = -1;
    for (int i = 0; i <= len; i++) {
      boolean letter = i < len && Character.isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        String w = lower.substring(start, i);
        words++;
        if (!DATE_WORDS.contains(w)) {
          other++;
        }
        if (ROLE_WORDS.contains(w)) {
          role = true;
        }
        if (!Character.isUpperCase(text.charAt(start)) && !CONNECTORS.contains(w) && !w.equals("by") && !w.equals("par")) {
          allCapitalised = false;
        }
        start = -1;
      }
    }
    if (dateLike && other <= 3) {
      return true; // a date line, maybe with a short byline: "By HNN Staff | November 18, 2019"
    }
    if (digit || words == 0 || words > 12 || text.endsWith(".")) {
      return false;
    }
    boolean labelled = lower.startsWith("by ") || lower.startsWith("par ");
    return allCapitalised && (labelled || role || BylineCleaner.isAgency(text.strip()));
  }
}
