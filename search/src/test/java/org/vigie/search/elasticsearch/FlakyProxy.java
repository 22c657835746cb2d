package org.vigie.search.elasticsearch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP proxy in front of the real test node that misbehaves the way a loaded cluster
 * or a flaky network does: it answers the first {@code rejectBulks} bulk requests with a 429 in
 * Elasticsearch's own error format (as a node whose write queue is full does), then forwards the
 * next bulk request to the node, lets it be applied, and closes the connection without answering
 * (the response is lost, so the client cannot know the bulk went through). Everything else passes
 * through unchanged.
 */
final class FlakyProxy implements AutoCloseable {
  private static final Set<String> HOP_BY_HOP = Set.of("host", "connection", "content-length", "transfer-encoding", "keep-alive", "upgrade", "expect");

  private final HttpServer server;
  private final HttpClient upstream = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String target;
  private final int rejectBulks;
  final AtomicInteger bulks = new AtomicInteger();
  final AtomicInteger rejected = new AtomicInteger();
  final AtomicInteger dropped = new AtomicInteger();

  FlakyProxy(String targetUrl, int rejectBulks) throws IOException {
    this.target = targetUrl.endsWith("/") ? targetUrl.substring(0, targetUrl.length() - 1) : targetUrl;
    this.rejectBulks = rejectBulks;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      byte[] body;
      try (InputStream in = ex.getRequestBody()) {
        body = in.readAllBytes();
      }
      boolean bulk = ex.getRequestURI().getPath().endsWith("/_bulk");
      int n = bulk ? bulks.incrementAndGet() : 0;
      if (bulk && n <= rejectBulks) {
        rejected.incrementAndGet();
        byte[] error = ("{\"error\":{\"root_cause\":[{\"type\":\"es_rejected_execution_exception\",\"reason\":\"rejected execution of bulk (queue capacity 0)\"}],"
            + "\"type\":\"es_rejected_execution_exception\",\"reason\":\"rejected execution of bulk (queue capacity 0)\"},\"status\":429}")
            .getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/vnd.elasticsearch+json;compatible-with=9");
        ex.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
        ex.sendResponseHeaders(429, error.length);
        ex.getResponseBody().write(error);
        return;
      }
      HttpResponse<byte[]> resp = forward(ex, body);
      if (bulk && n == rejectBulks + 1) {
        // applied upstream, answer lost: closing an exchange before its headers are sent closes the socket
        dropped.incrementAndGet();
        return;
      }
      resp.headers().map().forEach((k, v) -> {
        if (!HOP_BY_HOP.contains(k.toLowerCase(java.util.Locale.ROOT))) ex.getResponseHeaders().put(k, List.copyOf(v));
      });
      byte[] out = resp.body();
      boolean noBody = "HEAD".equals(ex.getRequestMethod()) || out.length == 0;
      ex.sendResponseHeaders(resp.statusCode(), noBody ? -1 : out.length);
      if (!noBody) ex.getResponseBody().write(out);
    }
  }

  private HttpResponse<byte[]> forward(HttpExchange ex, byte[] body) throws IOException {
    HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(target + ex.getRequestURI()))
        .method(ex.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    for (Map.Entry<String, List<String>> h : ex.getRequestHeaders().entrySet()) {
      if (HOP_BY_HOP.contains(h.getKey().toLowerCase(java.util.Locale.ROOT))) continue;
      for (String v : h.getValue()) req.header(h.getKey(), v);
    }
    try {
      return upstream.send(req.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    upstream.close();
  }
}
