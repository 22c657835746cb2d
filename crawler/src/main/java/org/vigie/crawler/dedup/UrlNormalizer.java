package org.vigie.crawler.dedup;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Puts a URL in the one form under which Vigie remembers it, so that the same article reached
 * through a feed, a sitemap and a share link is fetched once.
 *
 * <p>Lower-cases scheme and host, drops default ports, empty paths become {@code /}, drops the
 * fragment and the tracking parameters that outlets and social networks append ({@code utm_*},
 * {@code fbclid}, {@code gclid}, {@code xtor}, {@code at_medium}…), keeping the other parameters
 * in their order because some CMSs route on them.
 */
public final class UrlNormalizer {

  private static final Set<String> TRACKING_PARAMS =
      Set.of(
          "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "igshid",
          "xtor", "xtref", "_ga", "_gl", "yclid", "ocid", "cmpid", "ito", "ns_mchannel",
          "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "s_cid", "smid", "sr_share",
          "twclid", "ref_src", "at_xt", "at_campaign", "at_medium", "at_platform", "at_creation",
          "at_format", "at_variant", "at_send_date", "at_recipient_id", "at_link", "at_ptr_name");

  private static final List<String> TRACKING_PREFIXES = List.of("utm_", "at_", "pk_", "mtm_");

  private UrlNormalizer() {}

  /**
   * The normalised form of {@code raw}, resolved against {@code base} when relative; empty when
   * the URL is not absolute http(s) or cannot be parsed (hostile feeds send anything).
   */
  public static Optional<URI> normalize(URI base, String raw) {
    if (raw == null) return Optional.empty();
    String trimmed = raw.strip();
    if (trimmed.isEmpty()) return Optional.empty();
    try {
      URI uri = parseLenient(trimmed);
      if (base != null) uri = base.resolve(uri);
      return normalize(uri);
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public static Optional<URI> normalize(String raw) {
    return normalize(null, raw);
  }

  /** See {@link #normalize(URI, String)}. */
  public static Optional<URI> normalize(URI uri) {
    if (uri == null || !uri.isAbsolute() || uri.isOpaque()) return Optional.empty();
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) return Optional.empty();
    String host = uri.getHost();
    if (host == null || host.isEmpty()) return Optional.empty();
    host = host.toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
    int port = uri.getPort();
    if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) port = -1;
    String path = uri.getRawPath();
    if (path == null || path.isEmpty()) path = "/";
    String query = cleanQuery(uri.getRawQuery());
    StringBuilder sb = new StringBuilder(scheme).append("://");
    if (host.indexOf(':') >= 0 && !host.startsWith("[")) sb.append('[').append(host).append(']');
    else sb.append(host);
    if (port != -1) sb.append(':').append(port);
    sb.append(path);
    if (query != null) sb.append('?').append(query);
    try {
      return Optional.of(new URI(sb.toString()));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** Whether a query parameter name is one that only tracks the reader. */
  public static boolean isTrackingParameter(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (TRACKING_PARAMS.contains(lower)) return true;
    for (String prefix : TRACKING_PREFIXES) if (lower.startsWith(prefix)) return true;
    return false;
  }

  private static String cleanQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) return null;
    List<String> kept = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) continue;
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      if (!isTrackingParameter(name)) kept.add(pair);
    }
    return kept.isEmpty() ? null : String.join("&", kept);
  }

  /**
   * Parses what feeds actually contain: spaces, non-ASCII characters and stray brackets that
   * {@link URI#URI(String)} rejects are percent-encoded first.
   */
  private static URI parseLenient(String s) throws URISyntaxException {
    try {
      return new URI(s);
    } catch (URISyntaxException e) {
      StringBuilder sb = new StringBuilder(s.length() + 16);
      for (byte b : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
        int c = b & 0xff;
        if (c <= 0x20 || c >= 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0) {
          sb.append('%').append(String.format("%02X", c));
        } else {
          sb.append((char) c);
        }
      }
      return new URI(sb.toString());
    }
  }
}
