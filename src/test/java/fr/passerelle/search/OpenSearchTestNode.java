package fr.passerelle.search;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A single OpenSearch 2.19 node inside the test JVM, on 127.0.0.1 and ports chosen once, so
 * that it can be stopped and started again at the same address with its data (backend-down test).
 */
public final class OpenSearchTestNode {

    private static final List<Class<? extends Plugin>> PLUGINS = List.of(Netty4Plugin.class,
            CommonAnalysisPlugin.class, ReindexPlugin.class, PainlessPlugin.class);

    private static OpenSearchTestNode instance;

    private final Path home;
    private final int httpPort;
    private final int transportPort;
    private Node node;

    private OpenSearchTestNode() throws IOException {
        home = Files.createTempDirectory(Path.of("target"), "opensearch-").toAbsolutePath();
        httpPort = freePort();
        transportPort = freePort();
    }

    public static synchronized OpenSearchTestNode running() {
        try {
            if (instance == null) {
                instance = new OpenSearchTestNode();
                Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "opensearch-test-stop"));
            }
            instance.start();
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String host() {
        return "127.0.0.1:" + httpPort;
    }

    public synchronized void start() {
        if (node != null) {
            return;
        }
        // OpenSearch's Netty 4.1 settings clash with Micronaut's Netty in the same JVM (STACK.md).
        System.setProperty("opensearch.set.netty.runtime.available.processors", "false");
        Settings settings = Settings.builder()
                .put("cluster.name", "passerelle-test")
                .put("node.name", "passerelle-test-node")
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("network.host", "127.0.0.1")
                .put("http.port", httpPort)
                .put("transport.port", transportPort)
                .put("discovery.type", "single-node")
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
        try {
            Node created = new PluginNode(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null,
                    () -> "passerelle-test-node"), PLUGINS);
            created.start();
            node = created;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the OpenSearch test node", e);
        }
    }

    public synchronized void stop() {
        if (node == null) {
            return;
        }
        try {
            node.close();
            node.awaitClose(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Cannot stop the OpenSearch test node", e);
        } finally {
            node = null;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static final class PluginNode extends Node {
        PluginNode(org.opensearch.env.Environment environment, Collection<Class<? extends Plugin>> plugins) {
            super(environment, plugins, true);
        }
    }
}
