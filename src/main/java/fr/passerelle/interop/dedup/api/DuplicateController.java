package fr.passerelle.interop.dedup.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.passerelle.account.AccountRef;
import fr.passerelle.interop.dedup.DuplicateClusters;
import fr.passerelle.interop.dedup.DuplicateDecisions;
import fr.passerelle.interop.dedup.DuplicateDetector;
import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.Page;
import fr.passerelle.shared.PageRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

/** Duplicate clusters and admins' corrections; who may see or act is the services' answer (administrators). */
@Controller("/api/v1/doublons")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class DuplicateController {

    @Serdeable
    record MergeRequest(@JsonProperty("service_id") @Nullable String serviceId,
                        @JsonProperty("autre_service_id") @Nullable String otherServiceId) {
    }

    @Serdeable
    record OfferRequest(@JsonProperty("service_id") @Nullable String serviceId) {
    }

    private final DuplicateClusters clusters;
    private final DuplicateDecisions decisions;

    DuplicateController(DuplicateClusters clusters, DuplicateDecisions decisions) {
        this.clusters = clusters;
        this.decisions = decisions;
    }

    @Get
    Page<ClusterResponse> list(@Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                               Authentication authentication) {
        return clusters.list(PageRequest.of(page, size), AccountRef.of(authentication)).map(ClusterResponse::of);
    }

    @Post("/regroupements")
    DuplicateDetector.Report merge(@Nullable @Body MergeRequest body, Authentication authentication) {
        String offer = required(body == null ? null : body.serviceId(), "service_id");
        String other = required(body.otherServiceId(), "autre_service_id");
        return decisions.merge(offer, other, AccountRef.of(authentication));
    }

    @Post("/separations")
    DuplicateDetector.Report split(@Nullable @Body OfferRequest body, Authentication authentication) {
        return decisions.split(required(body == null ? null : body.serviceId(), "service_id"),
                AccountRef.of(authentication));
    }

    @Post("/principale")
    DuplicateDetector.Report choose(@Nullable @Body OfferRequest body, Authentication authentication) {
        return decisions.choose(required(body == null ? null : body.serviceId(), "service_id"),
                AccountRef.of(authentication));
    }

    @Post("/detection")
    DuplicateDetector.Report detect(Authentication authentication) {
        return decisions.detect(AccountRef.of(authentication));
    }

    private static String required(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw DomainException.badParameter(field, "Indiquez l'identifiant de l'offre (« " + field + " »).");
        }
        return value.strip();
    }
}
