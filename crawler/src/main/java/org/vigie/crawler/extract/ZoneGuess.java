package org.vigie.crawler.extract;

import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/**
 * The zone a page most likely prints its times in, from its declared language region and its
 * host's country domain. Used only for dates printed without a zone ("14:50"); a page that gives
 * an offset is always read with that offset.
 */
record ZoneGuess(ZoneId zone, boolean monthFirst) {
  private static final Map<String, String> BY_COUNTRY =
      Map.ofEntries(
          Map.entry("fr", "Europe/Paris"), Map.entry("ch", "Europe/Zurich"),
          Map.entry("be", "Europe/Brussels"), Map.entry("lu", "Europe/Luxembourg"),
          Map.entry("ca", "America/Toronto"), Map.entry("gb", "Europe/London"),
          Map.entry("uk", "Europe/London"), Map.entry("ie", "Europe/Dublin"),
          Map.entry("us", "America/New_York"), Map.entry("au", "Australia/Sydney"),
          Map.entry("de", "Europe/Berlin"), Map.entry("nl", "Europe/Amsterdam"),
          Map.entry("at", "Europe/Vienna"), Map.entry("it", "Europe/Rome"),
          Map.entry("es", "Europe/Madrid"), Map.entry("nz", "Pacific/Auckland"),
          Map.entry("in", "Asia/Kolkata"), Map.entry("eu", "Europe/Brussels"));

  static ZoneGuess of(String languageTag, URI url) {
    return of(languageTag, url, null);
  }

  /**
   * @param sourceCountry the outlet's country as configured ({@code Source#country()}), or {@code
   *     null}: trusted after the markup's own region and before the host's domain
   */
  static ZoneGuess of(String languageTag, URI url, String sourceCountry) {
    String region = null;
    String language = null;
    if (languageTag != null && !languageTag.isBlank()) {
      Locale locale = Locale.forLanguageTag(languageTag.replace('_', '-'));
      language = locale.getLanguage();
      region = locale.getCountry().isEmpty() ? null : locale.getCountry().toLowerCase(Locale.ROOT);
    }
    String tld = null;
    String host = url == null ? null : url.getHost();
    if (host != null) {
      int dot = host.lastIndexOf('.');
      tld = dot < 0 ? null : host.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
    String zone = region == null ? null : BY_COUNTRY.get(region);
    String country = sourceCountry == null ? null : sourceCountry.strip().toLowerCase(Locale.ROOT);
    if (zone == null && country != null) {
      zone = BY_COUNTRY.get(country);
      region = region == null && zone != null ? country : region;
    }
    if (zone == null && tld != null) {
      zone = BY_COUNTRY.get(tld);
    }
    if (zone == null && "fr".equals(language)) {
      zone = "Europe/Paris";
    }
    boolean usLike =
        "us".equals(region)
            || (region == null
                && "en".equals(language)
                && ("com".equals(tld) || "org".equals(tld) || "net".equals(tld)));
    return new ZoneGuess(zone == null ? ZoneOffset.UTC : ZoneId.of(zone), usLike);
  }
}
