package org.vigie.crawler;

import java.net.URI;
import java.time.Duration;
import org.vigie.core.Source;
import org.vigie.core.config.CrawlerConfig;
import org.vigie.crawler.fetch.DocumentKind;
import org.vigie.crawler.fetch.FetchRequest;
import org.vigie.crawler.fetch.Validators;

/** Applies a source's politeness overrides over the crawler's defaults. */
final class RequestFactory {
  private final CrawlerConfig config;

  RequestFactory(CrawlerConfig config) {
    this.config = config;
  }

  FetchRequest request(Source source, URI url, DocumentKind kind, Validators validators) {
    Source.Politeness p = source.politeness();
    Duration delay = p.minDelay() != null ? p.minDelay() : config.minDelay();
    String ua = p.userAgent() != null ? p.userAgent() : config.userAgent();
    return new FetchRequest(url, kind, source.id(), source.allowPrivateNetwork() || config.allowPrivateNetworks(),
        delay, ua, validators, p.maxConnections() != null ? p.maxConnections() : 1);
  }
}
