package fr.passerelle.interop.imports;

import fr.passerelle.interop.dedup.DuplicateDetector;
import fr.passerelle.shared.EmbeddedDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code java -jar passerelle.jar import FILE [--source NAME] [--full]}: imports a data·inclusion
 * file without starting the HTTP server (the application context only, as a normal start would
 * migrate the schema and load the gazetteer), printing progress every few seconds on stderr and the
 * report as JSON on stdout, then looks for duplicates across sources. The running server's indexer
 * applies the recorded outbox rows.
 */
public final class ImportCommand {

    private ImportCommand() {
    }

    public static int run(String[] args) throws Exception {
        String file = null;
        String source = null;
        boolean full = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--source" -> {
                    if (i + 1 >= args.length) {
                        return usage("--source needs a name");
                    }
                    source = args[++i];
                }
                case "--full" -> full = true;
                default -> {
                    if (args[i].startsWith("--") || file != null) {
                        return usage("unexpected argument " + args[i]);
                    }
                    file = args[i];
                }
            }
        }
        if (file == null) {
            return usage("FILE is missing");
        }
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            return usage("cannot read " + path);
        }
        EmbeddedDatabase.startWhenNoDatabaseConfigured();
        Map<String, Object> properties = new HashMap<>();
        properties.put("passerelle.demo.enabled", false);
        properties.put("micronaut.server.port", -1);
        properties.put("passerelle.ui.enabled", false);
        // Duplicates are looked for below, before the command ends, not on a background thread.
        properties.put("passerelle.dedup.background", false);
        // The server process (which owns the index) applies the outbox rows this import records.
        properties.put("passerelle.search.indexer.enabled", false);
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).start()) {
            ImportOptions options = ImportOptions.of(source, full)
                    .withProgress(progress -> System.err.println("import: " + progress));
            ImportReport report = context.getBean(Importer.class).run(path, options);
            boolean detect = context.getProperty("passerelle.dedup.automatic", Boolean.class).orElse(true);
            if (detect && report.imported() + report.updated() + report.archived() > 0) {
                DuplicateDetector.Report duplicates = context.getBean(DuplicateDetector.class).detect();
                System.err.printf("import: duplicates across sources: %d clusters (%d offers, %d changed) in %d ms%n",
                        duplicates.clusters(), duplicates.offers(), duplicates.changed(), duplicates.durationMs());
            }
            System.out.println(context.getBean(JsonMapper.class).writeValueAsString(report));
            return 0;
        }
    }

    private static int usage(String problem) {
        System.err.println("import: " + problem);
        System.err.println("usage: java -jar passerelle.jar import FILE [--source NAME] [--full]");
        return 2;
    }
}
