package fr.passerelle.catalogue.api;

import fr.passerelle.account.AccountRef;
import fr.passerelle.catalogue.OfferChange;
import fr.passerelle.catalogue.StructureEditor;
import fr.passerelle.interop.DataInclusionMapper;
import fr.passerelle.interop.DiStructure;
import fr.passerelle.interop.DiStructureWrites;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Operators keep their structure current through the API, with the offers' rules: a JSON merge
 * patch in the data·inclusion shape, {@code passerelle.version} required (409 when stale).
 * The annotation wins over application.yml's public GET rule for /structures/**.
 */
@Controller("/api/v1/structures")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class StructureWriteController {

    @Serdeable
    record History(List<OfferChange> items) {
    }

    private final StructureEditor editor;
    private final DiStructureWrites writes;
    private final DataInclusionMapper mapper;

    StructureWriteController(StructureEditor editor, DiStructureWrites writes, DataInclusionMapper mapper) {
        this.editor = editor;
        this.writes = writes;
        this.mapper = mapper;
    }

    @Patch("/{id}")
    DiStructure patch(@PathVariable String id, @Body JsonNode body, Authentication authentication) {
        int expectedVersion = DiStructureWrites.expectedVersion(body);
        return mapper.structure(editor.update(id, expectedVersion, current -> writes.patched(current, body),
                AccountRef.of(authentication)));
    }

    @Get("/{id}/historique")
    History history(@PathVariable String id, Authentication authentication) {
        return new History(editor.history(id, AccountRef.of(authentication)));
    }
}
