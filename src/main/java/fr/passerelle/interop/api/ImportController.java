package fr.passerelle.interop.api;

import fr.passerelle.interop.imports.ImportOptions;
import fr.passerelle.interop.imports.ImportReport;
import fr.passerelle.interop.imports.Importer;
import fr.passerelle.shared.DomainException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.StreamingFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Imports a data·inclusion file (structures and/or services, v1 or v0; JSON, JSON lines or CSV)
 * sent as the multipart field {@code file}, with optional {@code source} and {@code full} (parts sent
 * before the file, or query parameters). The upload is streamed to a temporary file, then imported from it; the
 * answer is the import report. Administrators only.
 */
@Controller("/api/v1/imports")
@Secured("ADMINISTRATEUR")
@ExecuteOn(TaskExecutors.BLOCKING)
class ImportController {

    private final Importer importer;

    ImportController(Importer importer) {
        this.importer = importer;
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    ImportReport upload(StreamingFileUpload file,
                        @Nullable @Part("source") String sourcePart,
                        @Nullable @Part("full") String fullPart,
                        @Nullable @QueryValue("source") String sourceQuery,
                        @Nullable @QueryValue("full") String fullQuery) {
        String source = sourcePart != null ? sourcePart : sourceQuery;
        boolean full = "true".equalsIgnoreCase(fullPart != null ? fullPart.strip() : fullQuery);
        Path temporary = null;
        try {
            temporary = Files.createTempFile("passerelle-import-", ".data");
            try (InputStream in = file.asInputStream()) {
                Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            }
            String cleanSource = source == null || source.isBlank() ? null : source.strip();
            return importer.run(temporary, ImportOptions.of(cleanSource, full));
        } catch (IOException | UncheckedIOException | de.siegmar.fastcsv.reader.CsvParseException e) {
            throw DomainException.badParameter("file", "Le fichier n'a pas pu être lu : il doit être un tableau "
                    + "JSON, des lignes JSON, une page de l'API data·inclusion ou un CSV (" + e.getMessage() + ").");
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // A temporary file left behind is harmless.
                }
            }
        }
    }
}
