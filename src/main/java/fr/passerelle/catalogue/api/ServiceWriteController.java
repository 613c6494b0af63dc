package fr.passerelle.catalogue.api;

import fr.passerelle.account.AccountRef;
import fr.passerelle.catalogue.OfferChange;
import fr.passerelle.catalogue.OfferEditor;
import fr.passerelle.interop.DataInclusionMapper;
import fr.passerelle.interop.DiService;
import fr.passerelle.interop.DiServiceWrites;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Operators keep their offers current through the API: same rules as the workspace. */
@Controller("/api/v1/services")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ServiceWriteController {

    @Serdeable
    record History(List<OfferChange> items) {
    }

    private final OfferEditor editor;
    private final DiServiceWrites writes;
    private final DataInclusionMapper mapper;
    private final Clock clock;

    ServiceWriteController(OfferEditor editor, DiServiceWrites writes, DataInclusionMapper mapper, Clock clock) {
        this.editor = editor;
        this.writes = writes;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Post
    HttpResponse<DiService> create(@Body JsonNode body, Authentication authentication) {
        DiService created = mapper.service(editor.create(
                writes.creation(body, OfferEditor.newId(), OfferEditor.SOURCE, LocalDate.now(clock)),
                AccountRef.of(authentication)));
        return HttpResponse.created(created, URI.create("/api/v1/services/" + created.id()));
    }

    @Patch("/{id}")
    DiService patch(@PathVariable String id, @Body JsonNode body, Authentication authentication) {
        int expectedVersion = DiServiceWrites.expectedVersion(body);
        return mapper.service(editor.update(id, expectedVersion, current -> writes.patched(current, body),
                AccountRef.of(authentication)));
    }

    @Post("/{id}/verification")
    DiService markVerified(@PathVariable String id, Authentication authentication) {
        return mapper.service(editor.markVerified(id, AccountRef.of(authentication)));
    }

    @Post("/{id}/duplication")
    HttpResponse<DiService> duplicate(@PathVariable String id, Authentication authentication) {
        DiService copy = mapper.service(editor.duplicate(id, AccountRef.of(authentication)));
        return HttpResponse.created(copy, URI.create("/api/v1/services/" + copy.id()));
    }

    @Get("/{id}/historique")
    History history(@PathVariable String id, Authentication authentication) {
        return new History(editor.history(id, AccountRef.of(authentication)));
    }
}
