package org.vigie.search.elasticsearch.testnode;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.ClasspathPluginNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.transport.netty4.Netty4Plugin;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Starts a real, single-node Elasticsearch (org.elasticsearch.node.Node from the Maven Central server jar)
 * inside the current JVM, with HTTP on 127.0.0.1 via the Netty4 plugin.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

    /** JVM system properties the ES distribution's jvm.options normally sets; only applied when not already set. */
    private static final Map<String, String> DEFAULT_SYSTEM_PROPERTIES = Map.of(
        "io.netty.noUnsafe", "true",
        "io.netty.noKeySetOptimization", "true",
        "io.netty.recycler.maxCapacityPerThread", "0",
        "log4j.shutdownHookEnabled", "false",
        "log4j2.disable.jmx", "true",
        "java.locale.providers", "CLDR",
        // libvec.so (SIMD vector similarity) ships only in the ES distribution; without this flag its absence disables
        // ALL native access (zstd included). The pure-Java vector code path is used instead.
        "org.elasticsearch.nativeaccess.enableVectorLibrary", "false"
    );

    private static final java.util.concurrent.atomic.AtomicInteger STARTS_IN_THIS_JVM = new java.util.concurrent.atomic.AtomicInteger();

    private final Node node;
    private final InetSocketAddress httpAddress;
    private final long startMillis;
    private final int startNumber = STARTS_IN_THIS_JVM.incrementAndGet();

    private EmbeddedElasticsearch(Node node, InetSocketAddress httpAddress, long startMillis) {
        this.node = node;
        this.httpAddress = httpAddress;
        this.startMillis = startMillis;
    }

    /**
     * @param home     an empty or previously used directory; data/, logs/ and config/ are created under it
     * @param httpPort 0 for an ephemeral port, or a fixed port such as 9200
     */
    public static EmbeddedElasticsearch start(Path home, int httpPort, List<Class<? extends Plugin>> extraPlugins) throws Exception {
        DEFAULT_SYSTEM_PROPERTIES.forEach((k, v) -> {
            if (System.getProperty(k) == null) {
                System.setProperty(k, v);
            }
        });
        long t0 = System.nanoTime();
        linkSystemZstd(home);
        Path config = Files.createDirectories(home.resolve("config"));
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("logs"));

        Settings settings = Settings.builder()
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("cluster.name", "embedded")
            .put("node.name", "embedded-node")
            .put("discovery.type", "single-node")
            .put("network.host", "127.0.0.1")
            .put("http.port", Integer.toString(httpPort))
            .put("transport.port", "0")
            // don't flip indices to read-only on a nearly full developer/CI disk
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .build();

        LogConfigurator.configureESLogging(); // ES' logging facade -> log4j2 (log4j2 itself is configured from the class path)
        Environment env = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), config, () -> "embedded-node");

        List<Class<? extends Plugin>> plugins = new ArrayList<>();
        plugins.add(Netty4Plugin.class);            // HTTP + transport
        plugins.add(LanguageAnalyzersPlugin.class); // "french" / "english" analyzers (stand-in for analysis-common)
        plugins.add(RootInfoPlugin.class);          // GET / and HEAD / (stand-in for rest-root)
        plugins.addAll(extraPlugins);

        Node node = new ClasspathPluginNode(env, plugins);
        node.start();
        HttpServerTransport http = node.injector().getInstance(HttpServerTransport.class);
        InetSocketAddress address = http.boundAddress().publishAddress().address();
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        return new EmbeddedElasticsearch(node, address, ms);
    }

    /**
     * ES 9 loads libzstd (needed by the best_compression codec, i.e. also logsdb/TSDB indices) from
     * $ES_HOME/lib/platform/linux-x64 or from -Des.nativelibs.path. The distribution ships its own copy; Maven Central
     * does not, so point ES at the operating system's libzstd (Debian: package libzstd1) when one exists.
     * Must run before the first ES native-access class is initialised.
     */
    private static void linkSystemZstd(Path home) throws IOException {
        if (System.getProperty("es.nativelibs.path") != null) {
            return;
        }
        for (String candidate : List.of("/usr/lib/x86_64-linux-gnu/libzstd.so.1", "/usr/lib/aarch64-linux-gnu/libzstd.so.1",
            "/usr/lib64/libzstd.so.1", "/usr/lib/libzstd.so.1")) {
            Path lib = Path.of(candidate);
            if (Files.exists(lib)) {
                Path dir = Files.createDirectories(home.resolve("native"));
                Path link = dir.resolve(System.mapLibraryName("zstd"));
                if (Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS) == false) {
                    Files.createSymbolicLink(link, lib);
                }
                System.setProperty("es.nativelibs.path", dir.toString());
                return;
            }
        }
    }

    public static EmbeddedElasticsearch start(Path home, int httpPort) throws Exception {
        return start(home, httpPort, List.of());
    }

    public int httpPort() {
        return httpAddress.getPort();
    }

    public String httpUrl() {
        return "http://127.0.0.1:" + httpAddress.getPort();
    }

    public long startMillis() {
        return startMillis;
    }

    /** 1 for the first (cold: class loading, JIT) node start in this JVM, 2+ for later ones. */
    public int startNumberInJvm() {
        return startNumber;
    }

    public Node node() {
        return node;
    }

    @Override
    public void close() throws IOException {
        node.close();
        try {
            node.awaitClose(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** For developers: {@code mvn -q compile exec:java -Dexec.mainClass=recipe.es.EmbeddedElasticsearch -Dexec.args="target/es-home 9200"}. */
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args.length > 0 ? args[0] : "target/es-home").toAbsolutePath();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 9200;
        EmbeddedElasticsearch es = start(home, port);
        System.out.println("Elasticsearch " + org.elasticsearch.Build.current().version() + " started in " + es.startMillis()
            + " ms at " + es.httpUrl() + " (home " + home + "); Ctrl-C to stop");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                es.close();
            } catch (IOException e) {
                e.printStackTrace();
            }
            stopped.countDown();
        }));
        stopped.await();
    }
}
