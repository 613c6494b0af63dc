package fr.passerelle.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Side-by-side search benchmark (not a test): the HTTP search API of a running Passerelle and
 * a tuned PostgreSQL baseline and raw Lucene on the server's own index (read-only, in this JVM)
 * answer the same query mix on the same data, 16 clients each.
 * Run by bench/search-benchmark.sh, which prepares the data and the server; see BENCHMARKS.md.
 */
public final class SearchBenchmark {

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String baseUrl = options.getOrDefault("base-url", "http://127.0.0.1:8080");
        String jdbcUrl = options.getOrDefault("jdbc-url", "jdbc:postgresql://127.0.0.1:5432/passerelle_bench");
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "16"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "3000"));
        List<BenchQuery> warmUp = BenchQuery.mix(7, Math.max(300, requests / 5));
        List<BenchQuery> queries = BenchQuery.mix(42, requests);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        LoadRunner.Target api = query -> {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + query.apiUri()))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " " + response.body());
            }
        };

        List<LoadRunner.Result> results = new ArrayList<>();
        try (PostgresBaseline baseline = new PostgresBaseline(jdbcUrl, options.getOrDefault("jdbc-user", "postgres"),
                options.getOrDefault("jdbc-password", ""), concurrency)) {
            long started = System.nanoTime();
            long rows = baseline.prepare();
            System.out.printf("PostgreSQL baseline prepared: %d published offers indexed in %.1f s%n", rows,
                    (System.nanoTime() - started) / 1e9);
            for (BenchQuery.Kind kind : BenchQuery.Kind.values()) {
                List<BenchQuery> ofKind = queries.stream().filter(q -> q.kind() == kind).toList();
                LoadRunner.run("warm-up", concurrency, warmUp, api);
                results.add(LoadRunner.run("Passerelle HTTP API — " + kind, concurrency, ofKind, api));
                LoadRunner.run("warm-up", concurrency, warmUp, baseline);
                results.add(LoadRunner.run("PostgreSQL baseline — " + kind, concurrency, ofKind, baseline));
            }
            results.add(LoadRunner.run("Passerelle HTTP API — mix", concurrency, queries, api));
            results.add(LoadRunner.run("PostgreSQL baseline — mix", concurrency, queries, baseline));
        }
        if (options.containsKey("lucene-index")) {
            try (RawLuceneTarget lucene = new RawLuceneTarget(Path.of(options.get("lucene-index")),
                    Path.of(options.getOrDefault("search-config", "search-config")), jdbcUrl,
                    options.getOrDefault("jdbc-user", "postgres"), options.getOrDefault("jdbc-password", ""))) {
                System.out.printf("Raw Lucene: %d documents%n", lucene.documents());
                for (BenchQuery.Kind kind : BenchQuery.Kind.values()) {
                    List<BenchQuery> ofKind = queries.stream().filter(q -> q.kind() == kind).toList();
                    LoadRunner.run("warm-up", concurrency, warmUp, lucene);
                    results.add(LoadRunner.run("Raw Lucene in-process — " + kind, concurrency, ofKind, lucene));
                }
                results.add(LoadRunner.run("Raw Lucene in-process — mix", concurrency, queries, lucene));
            }
        }
        System.out.println();
        System.out.println("| target | requests | errors | p50 ms | p95 ms | p99 ms | req/s |");
        System.out.println("|---|---|---|---|---|---|---|");
        results.forEach(result -> System.out.println(result.markdownRow()));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
