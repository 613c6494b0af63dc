package fr.passerelle.catalogue.moderation.api;

import fr.passerelle.account.AccountRef;
import fr.passerelle.catalogue.moderation.OfferReports;
import fr.passerelle.catalogue.moderation.ReportSubmission;
import fr.passerelle.shared.web.ClientAddress;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * « Signaler une erreur »: anyone may report on a public offer; the structure's operators and its
 * managers read the reports. The annotations win over application.yml's public GET rules.
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
class ReportController {

    @Serdeable
    record Accepted(String message) {
    }

    @Serdeable
    record Reports(List<ReportResponse> items) {
    }

    private final OfferReports reports;
    private final ClientAddress clientAddress;

    ReportController(OfferReports reports, ClientAddress clientAddress) {
        this.reports = reports;
        this.clientAddress = clientAddress;
    }

    /** 202 whether stored or dropped as a robot's: robots must not learn which. */
    @Post("/services/{id}/signalements")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<Accepted> report(HttpRequest<?> request, @PathVariable String id,
                                  @Nullable @Body ReportSubmission body) {
        reports.report(id, body == null ? new ReportSubmission(null, null, null) : body, clientAddress.of(request));
        return HttpResponse.status(HttpStatus.ACCEPTED)
                .body(new Accepted("Merci ! Votre signalement a été transmis à la structure et au gestionnaire du territoire."));
    }

    @Get("/structures/{id}/signalements")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    Reports ofStructure(@PathVariable String id, Authentication authentication) {
        return new Reports(reports.ofStructure(id, AccountRef.of(authentication)).stream()
                .map(ReportResponse::of).toList());
    }
}
