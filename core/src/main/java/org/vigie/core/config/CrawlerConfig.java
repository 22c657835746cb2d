package org.vigie.core.config;

import java.time.Duration;

/**
 * The crawler's settings ({@code crawler:} in {@code vigie-default.yml}).
 *
 * @param minDelay the least time between two requests to one host, unless robots.txt asks for more
 * @param maxConcurrentHosts how many hosts are fetched at once (one connection each)
 * @param maxBodyBytes a response larger than this (after decompression) is cut off and refused
 * @param allowPrivateNetworks whether any source may reach loopback or private addresses; the
 *     per-source switch is {@link org.vigie.core.Source#allowPrivateNetwork()}
 */
public record CrawlerConfig(
    String userAgent,
    Duration minDelay,
    int maxConcurrentHosts,
    long maxBodyBytes,
    Duration connectTimeout,
    Duration readTimeout,
    Duration totalTimeout,
    int maxRedirects,
    int maxRetries,
    boolean allowPrivateNetworks) {

  public static CrawlerConfig defaults() {
    return new CrawlerConfig(
        "VigieBot/0.1 (+https://github.com/vigie; news monitoring)",
        Duration.ofSeconds(1),
        16,
        5L * 1024 * 1024,
        Duration.ofSeconds(10),
        Duration.ofSeconds(20),
        Duration.ofSeconds(60),
        5,
        3,
        false);
  }
}
