package org.vigie.app.demo;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where an outlet publishes an article: its path on every host, and its canonical URL. */
final class ArticleUrls {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
  private static final String[] MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };

  private ArticleUrls() {}

  /** The article's path, from the outlet's {@code articlePath} and its local publication date. */
  static String path(DemoOutlet outlet, DemoArticle article) {
    ZonedDateTime local = article.published().atZoneSameInstant(outlet.zone());
    String section = outlet.section(article.section()).orElseThrow().slug();
    Matcher m = PLACEHOLDER.matcher(outlet.articlePath());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value =
          switch (m.group(1)) {
            case "section" -> section;
            case "yyyy" -> Integer.toString(local.getYear());
            case "MM" -> String.format(Locale.ROOT, "%02d", local.getMonthValue());
            case "dd" -> String.format(Locale.ROOT, "%02d", local.getDayOfMonth());
            case "mon" -> MONTHS[local.getMonthValue() - 1];
            case "slug" -> article.slug();
            case "id" -> numericId(article.slug());
            default ->
                throw new IllegalArgumentException(
                    "unknown placeholder {" + m.group(1) + "} in articlePath of " + outlet.id());
          };
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  static URI canonical(DemoOutlet outlet, DemoArticle article) {
    return URI.create(outlet.canonicalBase() + path(outlet, article));
  }

  /**
   * A regular expression that matches the absolute URL of any article of the outlet on any host,
   * for {@link org.vigie.core.Source.SectionPage#linkPattern()}.
   */
  static String linkPattern(DemoOutlet outlet) {
    Matcher m = PLACEHOLDER.matcher(outlet.articlePath());
    StringBuilder out = new StringBuilder("^https?://[^/]+");
    int last = 0;
    while (m.find()) {
      out.append(Pattern.quote(outlet.articlePath().substring(last, m.start())));
      out.append(
          switch (m.group(1)) {
            case "yyyy" -> "\\d{4}";
            case "MM", "dd" -> "\\d{2}";
            case "id" -> "\\d{6}";
            case "mon" -> "[a-z]{3}";
            default -> "[a-z0-9-]+";
          });
      last = m.end();
    }
    out.append(Pattern.quote(outlet.articlePath().substring(last))).append('$');
    return out.toString();
  }

  /** A six-digit number that looks like a CMS id and never changes for a slug. */
  static String numericId(String slug) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(slug.getBytes(StandardCharsets.UTF_8));
      int n = ((h[0] & 0xff) << 16 | (h[1] & 0xff) << 8 | (h[2] & 0xff)) % 900_000 + 100_000;
      return Integer.toString(n);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
