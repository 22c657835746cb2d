package org.vigie.crawler.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a printed byline into names: "Par Claire Vasseur et Marc Petit (avec AFP)" becomes
 * [Claire Vasseur, Marc Petit, AFP]; "By Jane Doe, Technology Editor | 9 January 2026" becomes
 * [Jane Doe]. Agencies (AFP, ATS, Reuters, PA…) are kept as authors, as the schema says.
 */
final class BylineCleaner {
  private static final Pattern LABEL =
      Pattern.compile(
          "^(?:(?:written|reported|reporting|text|texte|words|story|photos?|propos recueillis)\\s+)?"
              + "(?:by|par|von|auteurs?|authors?|texte|text|signé)\\s*:?\\s+",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern CUT =
      Pattern.compile(
          "\\s(?:\\||•|·|—|–)\\s|\\s-\\s(?=\\d)|\\b(?:publié|published|updated|mis à jour|posted|le \\d|on \\d|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern SPLIT =
      Pattern.compile("\\s*(?:,|;|/|&|\\band\\b|\\bet\\b|\\bavec\\b|\\bwith\\b|\\bund\\b)\\s*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern NOT_A_NAME =
      Pattern.compile(
          "editor|correspondent|reporter|journaliste|rédact|redact|staff|contributor|writer|"
              + "columnist|chroniqueu|envoyée?s? spécia|special|senior|chief|bureau|"
              + "updated|published|minutes?|read|lecture|follow|suivre|news desk|photograph|"
              + "http|www\\.|@|\\d|image|getty|shutterstock|alamy|istock|via |photo",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Agencies by lower-cased name, mapped to their usual spelling when printed in lower case. */
  private static final Map<String, String> AGENCIES = new LinkedHashMap<>();

  static {
    for (String a :
        List.of(
            "AFP", "ATS", "Reuters", "PA", "AP", "Belga", "CP", "dpa", "Keystone-ATS", "ANSA", "EFE",
            "Bloomberg", "Agence France-Presse", "Associated Press", "The Associated Press",
            "Press Association", "PA Media", "La Presse Canadienne", "The Canadian Press",
            "AFP-Services", "SDA", "Keystone-SDA")) {
      AGENCIES.put(a.toLowerCase(Locale.ROOT), a);
    }
  }
  private static final Pattern SOCIAL_SUFFIX =
      Pattern.compile("(?<=\\p{Ll})(?:Twitter|Facebook|Instagram|LinkedIn|Email|E-mail|Bluesky|Mastodon|Threads|X)+$");

  private BylineCleaner() {}

  /** The names in one printed byline, in order, without labels, roles or dates. */
  static List<String> names(String byline) {
    List<String> out = new ArrayList<>();
    if (byline == null) {
      return out;
    }
    String s = byline.replace('\u00a0', ' ').strip();
    if (s.isEmpty() || s.length() > 300 || s.startsWith("http")) {
      return out;
    }
    s = s.replaceAll("[()\\[\\]]", " , ").strip();
    var cut = CUT.matcher(s);
    if (cut.find()) {
      s = s.substring(0, cut.start());
    }
    s = LABEL.matcher(s.strip()).replaceFirst("");
    for (String part : SPLIT.split(s)) {
      String name = LABEL.matcher(part.strip()).replaceFirst("").strip();
      name = name.replaceAll("^[\\s\\p{Punct}]+|[\\s\\p{Punct}&&[^.]]+$", "");
      if (name.isEmpty()) {
        continue;
      }
      // Names are kept as printed ("Associated Press" stays so); only a lower-cased agency gets
      // its usual spelling back.
      String agency = AGENCIES.get(name.toLowerCase(Locale.ROOT));
      if (agency != null) {
        out.add(name.equals(name.toLowerCase(Locale.ROOT)) ? agency : name);
        continue;
      }
      // Profile links glued to the name by the template: "Sarah LazareTwitter".
      name = SOCIAL_SUFFIX.matcher(name).replaceFirst("").strip();
      if (looksLikeName(name)) {
        out.add(name);
      }
    }
    return out;
  }

  private static boolean looksLikeName(String name) {
    String[] words = name.split("\\s+");
    if (words.length > 5 || name.length() > 60) {
      return false;
    }
    if (!Character.isUpperCase(name.codePointAt(0))) {
      return false;
    }
    return !NOT_A_NAME.matcher(name).find();
  }

  /** Whether the text is exactly an agency's name ("AFP", "Associated Press"). */
  static boolean isAgency(String text) {
    return AGENCIES.containsKey(text.toLowerCase(Locale.ROOT));
  }

  /** Adds names not yet present (case-insensitively), keeping first-seen order. */
  static void addAll(List<String> target, List<String> names) {
    for (String n : names) {
      boolean seen = false;
      for (String t : target) {
        if (t.equalsIgnoreCase(n)) {
          seen = true;
          break;
        }
      }
      if (!seen) {
        target.add(n);
      }
    }
  }
}
