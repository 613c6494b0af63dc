package fr.passerelle.orientation.api;

import fr.passerelle.account.AccountRef;
import fr.passerelle.orientation.OrientationService;
import fr.passerelle.orientation.OrientationStatus;
import fr.passerelle.shared.DomainException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
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

import java.util.List;
import java.util.UUID;

/** Orientation requests: ask, list, read with history, move. Rules live in {@link OrientationService}. */
@Controller("/api/v1/orientations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class OrientationController {

    @Serdeable
    record Items(List<OrientationResponse> items) {
    }

    private final OrientationService orientations;

    OrientationController(OrientationService orientations) {
        this.orientations = orientations;
    }

    @Post
    HttpResponse<OrientationResponse> ask(@Nullable @Body OrientationRequest body, Authentication authentication) {
        if (body == null) {
            throw DomainException.badParameter("service_id", "Indiquez l'offre demandée (service_id).");
        }
        AccountRef who = AccountRef.of(authentication);
        var created = orientations.ask(body.toNew(), who);
        return HttpResponse.created(OrientationResponse.of(created, null, orientations::displayName));
    }

    /** {@code ?statut=A_VALIDER}: a referent's validation queue; {@code ?statut=TRANSMISE}: a structure's inbox. */
    @Get
    Items list(@Nullable @QueryValue String statut, Authentication authentication) {
        OrientationStatus only = statut == null || statut.isBlank() ? null : OrientationStatus.ofCode(statut)
                .orElseThrow(() -> DomainException.badParameter("statut", "Statut inconnu : « " + statut + " »."));
        return new Items(orientations.visibleTo(AccountRef.of(authentication), only).stream()
                .map(o -> OrientationResponse.of(o, null, orientations::displayName)).toList());
    }

    @Get("/{id}")
    OrientationResponse get(@PathVariable UUID id, Authentication authentication) {
        var detail = orientations.detail(id, AccountRef.of(authentication));
        return OrientationResponse.of(detail.orientation(), detail.history(), orientations::displayName);
    }

    @Post("/{id}/statut")
    OrientationResponse move(@PathVariable UUID id, @Nullable @Body StatusRequest body, Authentication authentication) {
        String code = body == null || body.statut() == null ? "" : body.statut();
        OrientationStatus next = OrientationStatus.ofCode(code).orElseThrow(() -> DomainException.badParameter(
                "statut", "Statut inconnu : « " + code + " »."));
        var detail = orientations.move(id, next, body.motif(), AccountRef.of(authentication));
        return OrientationResponse.of(detail.orientation(), detail.history(), orientations::displayName);
    }
}
