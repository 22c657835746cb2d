package org.vigie.crawler.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A DNS server that rebinds, installed in the test JVM through the JDK's resolver SPI: {@link
 * #NAME} resolves to a public (documentation) address the first time and to 127.0.0.1 after.
 * Every other name goes to the JDK's own resolver, so the other tests are unaffected.
 */
public final class RebindingResolverProvider extends InetAddressResolverProvider {
  static final String NAME = "rebinding.vigie.test";
  static final AtomicInteger LOOKUPS = new AtomicInteger();

  @Override
  public InetAddressResolver get(Configuration configuration) {
    InetAddressResolver builtin = configuration.builtinResolver();
    return new InetAddressResolver() {
      @Override
      public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
        if (!host.equalsIgnoreCase(NAME)) return builtin.lookupByName(host, policy);
        byte[] address = LOOKUPS.incrementAndGet() == 1 ? new byte[] {(byte) 203, 0, 113, 7} : new byte[] {127, 0, 0, 1};
        return Stream.of(InetAddress.getByAddress(NAME, address));
      }

      @Override
      public String lookupByAddress(byte[] addr) throws UnknownHostException {
        return builtin.lookupByAddress(addr);
      }
    };
  }

  @Override
  public String name() {
    return "vigie-test-rebinding";
  }
}
