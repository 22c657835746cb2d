package org.vigie.crawler.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * The SSRF guard: refuses hosts that resolve to loopback, private, link-local, carrier-grade NAT,
 * multicast or unspecified addresses, because a hostile feed could otherwise make the crawler
 * probe the network it runs in. Checked after DNS resolution, on every address the name has.
 *
 * <p>DNS rebinding (a name that resolves to a public address for this check and to a private one
 * when the client connects): {@link java.net.http.HttpClient} resolves the name again itself and
 * cannot be told to connect to a given address (it refuses a {@code Host} header, and an IP URL
 * would break TLS name checks). What closes the gap is the JVM's own resolver cache: this check
 * and the client's connect both go through {@link InetAddress}, whose positive answers are kept
 * {@code networkaddress.cache.ttl} seconds (30 by default), and {@link PoliteFetcher} runs the
 * check inside the host's turn, microseconds before the exchange, so both lookups read one cache
 * entry. Residual risk: an entry expiring in exactly those microseconds, or a JVM started with
 * {@code networkaddress.cache.ttl=0}, which {@link #rebindingWindowOpen()} reports. Kept-alive
 * connections are reused only for the {@code host:port} they were opened (and vetted) for.
 */
public final class AddressGuard {

  /**
   * Whether the JVM caches no DNS answers ({@code networkaddress.cache.ttl=0}; -1, "forever", is
   * fine), which leaves the rebinding window open.
   */
  public static boolean rebindingWindowOpen() {
    String ttl = java.security.Security.getProperty("networkaddress.cache.ttl");
    return ttl != null && ttl.strip().equals("0");
  }

  /** Resolves {@code host}; the refusal reason when any of its addresses is not public. */
  public Optional<String> refusal(String host) throws UnknownHostException {
    String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    for (InetAddress a : InetAddress.getAllByName(h)) {
      if (!isPublic(a)) return Optional.of(h + " resolves to non-public address " + a.getHostAddress());
    }
    return Optional.empty();
  }

  static boolean isPublic(InetAddress a) {
    if (a.isLoopbackAddress()
        || a.isAnyLocalAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isMulticastAddress()) return false;
    byte[] b = a.getAddress();
    if (b.length == 4) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      if (first == 0) return false; // "this network"
      if (first == 100 && second >= 64 && second < 128) return false; // carrier-grade NAT
      if (first == 169 && second == 254) return false;
      if (first == 192 && second == 0 && (b[2] & 0xff) == 0) return false; // IETF protocol
      if (first >= 240) return false; // reserved and broadcast
      return true;
    }
    if (a instanceof Inet6Address) {
      int first = b[0] & 0xff;
      if ((first & 0xfe) == 0xfc) return false; // unique local fc00::/7
      if (first == 0xfe && (b[1] & 0xc0) == 0xc0) return false; // deprecated site-local
      // IPv4-mapped ::ffff:a.b.c.d — judge the embedded IPv4 address.
      boolean mapped = true;
      for (int i = 0; i < 10; i++) mapped &= b[i] == 0;
      mapped &= (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
      if (mapped) {
        try {
          return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException e) {
          return false;
        }
      }
    }
    return true;
  }
}
