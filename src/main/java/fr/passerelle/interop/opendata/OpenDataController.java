package fr.passerelle.interop.opendata;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * Open data: {@code GET /donnees} lists the dumps (dated: they are built at the time of the
 * request, from the live catalogue), {@code GET /donnees/{file}} streams one. Public. Outside
 * /api on purpose (a stable address for data portals); a Micronaut route, so the Vaadin proxy
 * lets it through.
 */
@Controller("/donnees")
@Secured(SecurityRule.IS_ANONYMOUS)
class OpenDataController {

    private static final Logger LOG = LoggerFactory.getLogger(OpenDataController.class);
    static final MediaType CSV = MediaType.of("text/csv;charset=utf-8");

    private final OpenDataExport export;
    private final ExecutorService writers;
    private final Clock clock;

    OpenDataController(OpenDataExport export, @Named(TaskExecutors.BLOCKING) ExecutorService writers, Clock clock) {
        this.export = export;
        this.writers = writers;
        this.clock = clock;
    }

    @Serdeable
    record DumpFile(String nom, String url, String format, String date, String description) {
    }

    @Serdeable
    record DumpIndex(String titre, String licence, @JsonProperty("schema") String schema, List<DumpFile> fichiers) {
    }

    @Get
    DumpIndex index() {
        String today = LocalDate.now(clock).toString();
        List<DumpFile> files = Arrays.stream(OpenDataExport.Dump.values()).map(dump -> new DumpFile(dump.fileName(),
                "/donnees/" + dump.fileName(), dump.isCsv() ? "csv" : "json", today,
                (dump.fileName().startsWith("services") ? "Offres publiées des structures validées"
                        : "Structures validées") + " (data·inclusion v1 et bloc « passerelle »)")).toList();
        return new DumpIndex("Catalogue Passerelle — données ouvertes", "Licence Ouverte 2.0",
                "https://github.com/gip-inclusion/data-inclusion-schema (v1)", files);
    }

    @Get("/{file}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> file(String file) throws IOException {
        OpenDataExport.Dump dump = Arrays.stream(OpenDataExport.Dump.values())
                .filter(d -> d.fileName().equals(file)).findFirst().orElse(null);
        if (dump == null) {
            return HttpResponse.notFound();
        }
        // The dump is written by another thread into a pipe that the response reads: the
        // catalogue is never held in memory, whatever its size.
        PipedInputStream in = new PipedInputStream(1 << 16);
        PipedOutputStream out = new PipedOutputStream(in);
        writers.execute(() -> {
            try (out) {
                export.write(dump, out);
            } catch (IOException | RuntimeException e) {
                LOG.info("Open data dump {} stopped: {}", file, e.toString());
            }
        });
        MediaType type = dump.isCsv() ? CSV : MediaType.APPLICATION_JSON_TYPE;
        return HttpResponse.ok(new StreamedFile(in, type)).header("Content-Disposition",
                "inline; filename=\"" + dump.fileName() + "\"");
    }
}
