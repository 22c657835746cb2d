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
 * <p>Known limit: {@link java.net.http.HttpClient} resolves the name again when it connects, so
 * a DNS server answering differently the second time (rebinding) is not caught here.
 */
public final class AddressGuard {

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
