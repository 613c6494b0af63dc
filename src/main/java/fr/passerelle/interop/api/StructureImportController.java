package fr.passerelle.interop.api;

import fr.passerelle.account.AccountRef;
import fr.passerelle.interop.imports.ImportReport;
import fr.passerelle.interop.imports.StructureImport;
import fr.passerelle.shared.DomainException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.StreamingFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An operator's bulk import for one structure (see {@link StructureImport}): the CSV template
 * prefilled with its offers, and the upload of a filled one (multipart {@code file}) answered
 * with the import report. Those who may edit the structure only.
 */
@Controller("/api/v1/structures/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class StructureImportController {

    private final StructureImport imports;

    StructureImportController(StructureImport imports) {
        this.imports = imports;
    }

    @Get(uri = "/modele-import.csv", produces = "text/csv;charset=UTF-8")
    HttpResponse<byte[]> template(@PathVariable String id, Authentication authentication) throws IOException {
        // One structure's offers: small enough to answer in one piece.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        imports.writeTemplate(id, AccountRef.of(authentication), out);
        return HttpResponse.ok(out.toByteArray())
                .header("Content-Disposition", "attachment; filename=\"" + StructureImport.templateName(id) + "\"");
    }

    @Post(uri = "/imports", consumes = MediaType.MULTIPART_FORM_DATA)
    ImportReport upload(@PathVariable String id, StreamingFileUpload file, Authentication authentication) {
        Path temporary = null;
        try {
            temporary = Files.createTempFile("passerelle-structure-upload-", ".csv");
            try (InputStream in = file.asInputStream()) {
                Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            }
            return imports.run(id, temporary, AccountRef.of(authentication));
        } catch (IOException e) {
            throw DomainException.badParameter("file", "Le fichier n'a pas pu être lu : utilisez le modèle CSV de "
                    + "la structure (" + e.getMessage() + ").");
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
