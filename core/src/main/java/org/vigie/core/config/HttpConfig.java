package org.vigie.core.config;

/**
 * The HTTP API and web UI ({@code http:} in {@code vigie-default.yml}).
 *
 * @param token required as a bearer token when {@code host} is not a loopback address
 */
public record HttpConfig(String host, int port, String token) {
  public static HttpConfig defaults() {
    return new HttpConfig("127.0.0.1", 7070, null);
  }
}
