package fr.passerelle.catalogue.moderation.api;

import fr.passerelle.account.AccountRef;
import fr.passerelle.catalogue.ModerationStatus;
import fr.passerelle.catalogue.StructureEditor;
import fr.passerelle.catalogue.moderation.ModerationQueue;
import fr.passerelle.catalogue.moderation.OfferReports;
import fr.passerelle.interop.DataInclusionMapper;
import fr.passerelle.interop.DiStructure;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

/** Territory managers' queue and decisions; who may decide is the services' answer. */
@Controller("/api/v1/moderation")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ModerationController {

    @Serdeable
    record DecisionRequest(@Nullable String motif) {
    }

    @Serdeable
    record ClosingRequest(@Nullable String suite, @Nullable String note) {
    }

    private final ModerationQueue queue;
    private final StructureEditor structures;
    private final OfferReports reports;
    private final DataInclusionMapper mapper;

    ModerationController(ModerationQueue queue, StructureEditor structures, OfferReports reports,
                         DataInclusionMapper mapper) {
        this.queue = queue;
        this.structures = structures;
        this.reports = reports;
        this.mapper = mapper;
    }

    @Get
    QueueResponse queue(@Nullable @QueryValue Integer limite, Authentication authentication) {
        return QueueResponse.of(queue.queueFor(AccountRef.of(authentication),
                limite == null ? ModerationQueue.DEFAULT_LIMIT : limite));
    }

    @Post("/structures/{id}/validation")
    DiStructure validate(@PathVariable String id, @Nullable @Body DecisionRequest body, Authentication authentication) {
        return mapper.structure(structures.moderate(id, ModerationStatus.VALIDEE, body == null ? null : body.motif(),
                AccountRef.of(authentication)));
    }

    @Post("/structures/{id}/refus")
    DiStructure reject(@PathVariable String id, @Nullable @Body DecisionRequest body, Authentication authentication) {
        return mapper.structure(structures.moderate(id, ModerationStatus.REFUSEE, body == null ? null : body.motif(),
                AccountRef.of(authentication)));
    }

    @Post("/signalements/{id}/cloture")
    ReportResponse close(@PathVariable long id, @Nullable @Body ClosingRequest body, Authentication authentication) {
        return ReportResponse.of(reports.close(id, body == null ? null : body.suite(), body == null ? null : body.note(),
                AccountRef.of(authentication)));
    }
}
