package org.vigie.crawler.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes the outlet's name that templates glue to a title ("Ofcom opens inquiry | The Albion
 * Courier", "Le Veilleur - Bruxelles inflige…").
 */
final class TitleCleaner {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]\\s+|\\s+[|]\\s*|\\s*[|]\\s+");

  private TitleCleaner() {}

  static String clean(String title, String siteName) {
    if (title == null) {
      return null;
    }
    String t = normalizeSpace(title);
    if (t.isEmpty()) {
      return null;
    }
    if (siteName != null && !siteName.isBlank()) {
      String site = normalizeSpace(siteName).toLowerCase(Locale.ROOT);
      String lower = t.toLowerCase(Locale.ROOT);
      for (var m = SEPARATOR.matcher(t); m.find(); ) {
        String before = lower.substring(0, m.start()).strip();
        String after = lower.substring(m.end()).strip();
        if (after.equals(site) || (after.length() < 40 && site.contains(after) && !after.isEmpty())) {
          return t.substring(0, m.start()).strip();
        }
        if (before.equals(site)) {
          return t.substring(m.end()).strip();
        }
      }
    }
    return t;
  }

  /**
   * The document {@code <title>} without the outlet part: short segments ("World News", "Metro
   * News", "Express.co.uk") cut off the end after " | ", " - " or " — " separators. A long last
   * segment is part of the headline ("'I sell holidays - booking the right day could save you
   * thousands'") and stays.
   */
  static String fromTitleTag(String title, String siteName) {
    String t = clean(title, siteName);
    if (t == null) {
      return null;
    }
    while (true) {
      int cut = Math.max(t.lastIndexOf(" | "), Math.max(t.lastIndexOf(" - "), Math.max(t.lastIndexOf(" – "), t.lastIndexOf(" — "))));
      if (cut <= 0) {
        return t;
      }
      String tail = t.substring(cut + 3).strip();
      if (tail.split("\\s+").length > 4 || cut < 15) {
        return t;
      }
      t = t.substring(0, cut).strip();
    }
  }

  static String normalizeSpace(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }
}
