package fr.passerelle.bench;

import fr.passerelle.shared.outbox.Outbox;
import fr.passerelle.support.Browser;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Benchmark, not a test (skipped unless {@code -Dbench.page=true}): how long until the first
 * result card of the search page is visible in Chromium on localhost, measured in the page from
 * the navigation start (performance.timeOrigin) by a MutationObserver installed before any script,
 * on the demo catalogue (6,400 offers); and the size of the frontend bundle, raw and gzipped.
 * <pre>mvn -B test -Dtest=FirstResultsBenchmark -Dbench.page=true</pre>
 * Results: stdout and target/bench/first-results.txt (see BENCHMARKS.md).
 */
@MicronautTest(transactional = false)
@EnabledIfSystemProperty(named = "bench.page", matches = "true")
class FirstResultsBenchmark {

    static final String SEARCH = "/?q=garde+d%27enfants&commune=77288&distance=10";
    static final int WARM_RUNS = 10;
    static final Path BUILD = Path.of("target", "classes", "META-INF", "VAADIN", "webapp", "VAADIN", "build");

    @RegisterExtension
    static Browser browser = new Browser();

    @Inject
    EmbeddedServer server;
    @Inject
    Outbox outbox;

    @Test
    void timeToFirstResultsAndBundleSize() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (outbox.lag().pending() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Page.enable", Map.of());
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__firstCard = null;
                new MutationObserver((changes, observer) => {
                  if (document.querySelector('.result-list article[data-offer-id]')) {
                    window.__firstCard = performance.now();
                    observer.disconnect();
                  }
                }).observe(document, {childList: true, subtree: true});
                """));
        URI url = server.getURI().resolve(SEARCH);
        // Warm the server (JIT, first Vaadin session) once, then a cold browser cache, then warm runs.
        measure(chrome, url);
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.clearBrowserCache", Map.of());
        double cold = measure(chrome, url);
        // The bundle is what the page loaded (target/ may hold older builds' files too).
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) chrome.executeScript("return performance.getEntriesByType('resource')"
                + ".map(e => new URL(e.name).pathname).filter(p => p.includes('/VAADIN/build/'))"
                + ".map(p => p.substring(p.lastIndexOf('/') + 1))");
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < WARM_RUNS; i++) {
            warm.add(measure(chrome, url));
        }
        warm.sort(Double::compare);

        long raw = 0;
        long gzipped = 0;
        List<String> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(BUILD)) {
            for (Path file : paths.filter(p -> loaded.contains(p.getFileName().toString()))
                    .sorted(Comparator.comparing(Path::toString)).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                long zipped = gzip(bytes);
                raw += bytes.length;
                gzipped += zipped;
                files.add(String.format(Locale.ROOT, "  %-48s %9d B raw %9d B gzip", file.getFileName(), bytes.length,
                        zipped));
            }
        }
        String report = String.format(Locale.ROOT, """
                        First result card visible (navigation start → card in the DOM), %s
                          cold browser cache: %.0f ms
                          warm, %d runs: median %.0f ms, min %.0f ms, max %.0f ms
                        Frontend bundle (%s): %d files, %.1f kB raw, %.1f kB gzipped
                        %s
                        """, SEARCH, cold, WARM_RUNS, warm.get(warm.size() / 2), warm.get(0),
                warm.get(warm.size() - 1), BUILD, files.size(), raw / 1024.0, gzipped / 1024.0,
                String.join("\n", files));
        System.out.println(report);
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "first-results.txt"), report);
    }

    private double measure(ChromeDriver chrome, URI url) {
        chrome.get("about:blank");
        chrome.get(url.toString());
        Object value = browser.waitUntil(d -> chrome.executeScript("return window.__firstCard"));
        return ((Number) value).doubleValue();
    }

    private static long gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            zip.write(bytes);
        }
        return out.size();
    }
}
