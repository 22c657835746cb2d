package org.vigie.search.elasticsearch.testnode;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One real Elasticsearch node per test JVM (adapted from ../shared/recipes/elasticsearch-test-node):
 * the first caller starts it on a random loopback port (≈ 2.5 s), every later test class reuses
 * it, and a shutdown hook stops it. Tests isolate themselves by alias name, not by node.
 */
public final class SharedNode {
  private static EmbeddedElasticsearch node;

  private SharedNode() {}

  public static synchronized EmbeddedElasticsearch get() throws Exception {
    if (node == null) {
      Path home = Files.createTempDirectory(Path.of("target"), "es-home-").toAbsolutePath();
      node = EmbeddedElasticsearch.start(home, 0);
      EmbeddedElasticsearch started = node;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (Exception e) {
          // the JVM is going away anyway
        }
      }, "es-test-node-stop"));
    }
    return node;
  }
}
