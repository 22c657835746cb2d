package org.vigie.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Vigie's version and the git revision it was built from, as the build wrote them into {@code
 * vigie-version.properties}. Every annotation's provenance records {@link #full()}.
 */
public record VigieVersion(String version, String revision, boolean dirty) {

  private static final VigieVersion CURRENT = load();

  public static VigieVersion current() {
    return CURRENT;
  }

  /** e.g. {@code 0.1.0-SNAPSHOT+3f2a9c01de}, with {@code .dirty} for uncommitted builds. */
  public String full() {
    return version + "+" + revision + (dirty ? ".dirty" : "");
  }

  private static VigieVersion load() {
    Properties p = new Properties();
    try (InputStream in = VigieVersion.class.getResourceAsStream("/vigie-version.properties")) {
      if (in != null) p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new VigieVersion(
        clean(p.getProperty("version"), "dev"),
        clean(p.getProperty("revision"), "unknown"),
        Boolean.parseBoolean(clean(p.getProperty("dirty"), "false")));
  }

  /** An unfiltered placeholder (built outside Maven or outside git) counts as missing. */
  private static String clean(String value, String fallback) {
    return value == null || value.isBlank() || value.startsWith("${") ? fallback : value;
  }
}
