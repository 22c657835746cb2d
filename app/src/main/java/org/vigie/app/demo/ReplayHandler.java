package org.vigie.app.demo;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one outlet's {@link SiteContent} the way a news CDN would: validators on every answer,
 * 304 to conditional requests, HEAD, a 301 between the slash and no-slash forms of a path, and a
 * 404 page. The query string is ignored, as tracking parameters are on real sites.
 */
final class ReplayHandler implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ReplayHandler.class);
  private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

  private final String outletId;
  private final SiteContent content;
  private final RequestLog log;

  private static final String RECEIVED = "vigie.received";
  private static final String LOGGED = "vigie.logged";

  ReplayHandler(String outletId, SiteContent content, RequestLog log) {
    this.outletId = outletId;
    this.content = content;
    this.log = log;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    exchange.setAttribute(RECEIVED, Instant.now());
    try (exchange) {
      respond(exchange);
    } catch (IOException | RuntimeException e) {
      if (exchange.getAttribute(LOGGED) == null) record(exchange, 500);
      throw e;
    }
  }

  /**
   * Sends the status line after logging the request, so that whoever reads the log once the
   * response arrived finds the entry there; the entry's time is when the request arrived, the
   * instant politeness checks compare.
   */
  private void sendHeaders(HttpExchange exchange, int status, long length) throws IOException {
    record(exchange, status);
    exchange.sendResponseHeaders(status, length);
  }

  private void record(HttpExchange exchange, int status) {
    exchange.setAttribute(LOGGED, Boolean.TRUE);
    Headers h = exchange.getRequestHeaders();
    String host = Optional.ofNullable(h.getFirst("Host")).orElse(exchange.getLocalAddress().toString());
    String target = exchange.getRequestURI().toString();
    Instant received = (Instant) exchange.getAttribute(RECEIVED);
    log.add(new RequestLog.Entry(received, outletId, host, exchange.getRequestMethod(), target, status, h.getFirst("User-Agent")));
    LOG.debug("{} {} {} {} -> {}", outletId, host, exchange.getRequestMethod(), target, status);
  }

  private int respond(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    Headers out = exchange.getResponseHeaders();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      out.set("Allow", "GET, HEAD");
      sendHeaders(exchange, 405, -1);
      return 405;
    }
    String path = exchange.getRequestURI().getRawPath();
    Optional<SiteContent.Resource> found = content.find(path);
    if (found.isEmpty()) {
      String other = path.endsWith("/") ? path.substring(0, path.length() - 1) : path + "/";
      if (!other.isEmpty() && content.find(other).isPresent()) {
        out.set("Location", other);
        sendHeaders(exchange, 301, -1);
        return 301;
      }
      return send(exchange, 404, content.notFoundPage(path), SiteContent.HTML);
    }
    SiteContent.Resource r = found.get();
    out.set("ETag", r.etag());
    out.set("Last-Modified", HTTP_DATE.format(r.lastModified().atZone(ZoneOffset.UTC)));
    out.set("Cache-Control", "public, max-age=300");
    if (notModified(exchange.getRequestHeaders(), r)) {
      sendHeaders(exchange, 304, -1);
      return 304;
    }
    return send(exchange, 200, r.body(), r.contentType());
  }

  private int send(HttpExchange exchange, int status, byte[] body, String contentType)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    if (exchange.getRequestMethod().equals("HEAD")) {
      // HEAD announces the length a GET would send, but the server must not send a body
      exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
      sendHeaders(exchange, status, -1);
      return status;
    }
    sendHeaders(exchange, status, body.length);
    try (OutputStream os = exchange.getResponseBody()) {
      os.write(body);
    }
    return status;
  }

  /**
   * RFC 9110 §13.1: when If-None-Match is present it decides alone (weak comparison, as for GET);
   * otherwise If-Modified-Since is compared with the second-precision Last-Modified.
   */
  static boolean notModified(Headers request, SiteContent.Resource r) {
    String inm = request.getFirst("If-None-Match");
    if (inm != null) {
      for (String tag : inm.split(",")) {
        String t = tag.strip();
        if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(r.etag())) return true;
      }
      return false;
    }
    String ims = request.getFirst("If-Modified-Since");
    if (ims == null) return false;
    try {
      Instant since = ZonedDateTime.parse(ims.strip(), HTTP_DATE).toInstant();
      return !r.lastModified().isAfter(since);
    } catch (DateTimeParseException e) {
      return false; // an unparseable date is ignored, as the RFC asks
    }
  }
}
