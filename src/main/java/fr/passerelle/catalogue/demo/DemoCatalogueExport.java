package fr.passerelle.catalogue.demo;

import fr.passerelle.geo.Gazetteer;
import fr.passerelle.interop.DataInclusionMapper;
import fr.passerelle.shared.EmbeddedDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Generates a big catalogue for benchmarks, streamed, from the command line:
 *
 * <pre>
 * java -cp target/passerelle.jar fr.passerelle.catalogue.demo.DemoCatalogueExport \
 *     --jdbc-url jdbc:postgresql://127.0.0.1:5432/bench --offers 150000 --structures 30000 --scope FRANCE
 * java -cp target/passerelle.jar fr.passerelle.catalogue.demo.DemoCatalogueExport \
 *     --jsonl /tmp/bench --offers 1000000 --structures 150000 --scope FRANCE
 * </pre>
 *
 * It starts the application context without its server against that database, so the schema is
 * migrated and the gazetteer loaded as at a normal start, with the in-app demo switched off; it
 * then writes into an empty catalogue (one transaction), or, with {@code --jsonl DIR}, writes
 * {@code structures.jsonl} and {@code services.jsonl} (data·inclusion v1, as the API serves them) and leaves the
 * database alone. Without {@code --jdbc-url} the embedded PostgreSQL of PASSERELLE_HOME is used.
 * Options: --seed (default 20260101), --today (default: today), --scope (default FRANCE).
 */
public final class DemoCatalogueExport {

    private DemoCatalogueExport() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = parse(args);
        int offers = Integer.parseInt(options.getOrDefault("offers", "150000"));
        int structures = Integer.parseInt(options.getOrDefault("structures", String.valueOf(Math.max(2, offers / 5))));
        DemoScope scope = DemoScope.valueOf(options.getOrDefault("scope", "FRANCE"));
        long seed = Long.parseLong(options.getOrDefault("seed", "20260101"));
        LocalDate today = options.containsKey("today") ? LocalDate.parse(options.get("today")) : LocalDate.now();
        String jdbcUrl = options.get("jdbc-url");
        if (jdbcUrl != null) {
            // Batched inserts become multi-row statements: several times faster for big catalogues.
            System.setProperty("datasources.default.url",
                    jdbcUrl.contains("reWriteBatchedInserts") ? jdbcUrl
                            : jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true");
            System.setProperty("datasources.default.username", options.getOrDefault("user", "postgres"));
            System.setProperty("datasources.default.password", options.getOrDefault("password", ""));
        } else {
            EmbeddedDatabase.startWhenNoDatabaseConfigured();
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("passerelle.demo.enabled", false);
        properties.put("micronaut.server.port", -1);
        properties.put("passerelle.ui.enabled", false);
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
            long started = System.nanoTime();
            DemoCatalogueGenerator generator = new DemoCatalogueGenerator(
                    new DemoCatalogueSpec(seed, structures, offers, scope, today),
                    DemoGeography.from(context.getBean(Gazetteer.class), scope));
            if (options.containsKey("jsonl")) {
                writeJsonLines(generator, Path.of(options.get("jsonl")), context.getBean(JsonMapper.class),
                        context.getBean(DataInclusionMapper.class));
            } else {
                DemoCatalogueWriter writer = context.getBean(DemoCatalogueWriter.class);
                if (!writer.catalogueIsEmpty()) {
                    System.err.println("The catalogue of " + jdbcUrl + " is not empty: use a fresh database.");
                    System.exit(2);
                }
                DemoCatalogueWriter.Written written = writer.write(generator, count -> {
                    if (count % 50_000 == 0) {
                        System.out.println(count + " offers…");
                    }
                });
                System.out.printf("Wrote %d structures and %d offers in %d s%n", written.structures(),
                        written.offers(), (System.nanoTime() - started) / 1_000_000_000);
            }
        }
    }

    /** data·inclusion v1 rows through the interop room's mapper, so the export matches the API's. */
    private static void writeJsonLines(DemoCatalogueGenerator generator, Path directory, JsonMapper json,
                                       DataInclusionMapper mapper) throws IOException {
        Files.createDirectories(directory);
        try (BufferedWriter out = Files.newBufferedWriter(directory.resolve("structures.jsonl"), StandardCharsets.UTF_8)) {
            for (Iterator<?> it = generator.structures().map(mapper::structure).iterator(); it.hasNext(); ) {
                out.write(json.writeValueAsString(it.next()));
                out.newLine();
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(directory.resolve("services.jsonl"), StandardCharsets.UTF_8)) {
            generator.offers().map(mapper::service).forEach(service -> {
                try {
                    out.write(json.writeValueAsString(service));
                    out.newLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        System.out.printf("Wrote %d structures and %d services to %s%n", generator.spec().structures(),
                generator.spec().offers(), directory);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Expected --name value pairs, got " + String.join(" ", args));
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
