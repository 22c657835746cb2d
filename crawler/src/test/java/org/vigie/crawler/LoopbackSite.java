package org.vigie.crawler;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on 127.0.0.1 for crawler tests: serves routes, answers conditional GETs
 * when a route has an ETag, and logs every request with its arrival time and headers.
 */
final class LoopbackSite implements AutoCloseable {

  record Request(String path, long nanos, String ifNoneMatch, String ifModifiedSince, String userAgent) {}

  @FunctionalInterface
  interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Map<String, Handler> routes = new ConcurrentHashMap<>();

  LoopbackSite() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", this::dispatch);
    server.start();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  URI uri(String path) {
    return URI.create(base() + path);
  }

  /** Serves a text body with an ETag, answering 304 to a matching {@code If-None-Match}. */
  LoopbackSite text(String path, String contentType, String body) {
    byte[] bytes = body.replace("${base}", base()).replace("${title}", path).getBytes(StandardCharsets.UTF_8);
    String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(bytes)) + "\"";
    return route(path, ex -> {
      if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        ex.sendResponseHeaders(304, -1);
        ex.close();
        return;
      }
      ex.getResponseHeaders().set("Content-Type", contentType);
      ex.getResponseHeaders().set("ETag", etag);
      send(ex, 200, bytes);
    });
  }

  LoopbackSite fixture(String path, String contentType, String resource) {
    return text(path, contentType, read(resource));
  }

  LoopbackSite route(String path, Handler handler) {
    routes.put(path, handler);
    return this;
  }

  long count(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).count();
  }

  static void send(HttpExchange ex, int status, byte[] body) throws IOException {
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  static String read(String resource) {
    try (InputStream in = LoopbackSite.class.getResourceAsStream("/crawl/" + resource)) {
      if (in == null) throw new IllegalArgumentException("no fixture " + resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void dispatch(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getRawPath();
    if (ex.getRequestURI().getRawQuery() != null) path += "?" + ex.getRequestURI().getRawQuery();
    requests.add(new Request(path, System.nanoTime(), ex.getRequestHeaders().getFirst("If-None-Match"),
        ex.getRequestHeaders().getFirst("If-Modified-Since"), ex.getRequestHeaders().getFirst("User-Agent")));
    Handler h = routes.get(path);
    if (h == null) h = routes.get(ex.getRequestURI().getRawPath());
    try {
      if (h == null) send(ex, 404, "not found".getBytes(StandardCharsets.UTF_8));
      else h.handle(ex);
    } catch (IOException e) {
      // the client went away (timeouts in tests); nothing to do
    } finally {
      ex.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
