package fr.passerelle.orientation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.passerelle.account.AccountRef;
import fr.passerelle.orientation.OrientationService;
import fr.passerelle.orientation.PersonalData;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * A beneficiary's RGPD rights: {@code GET /api/v1/me/export} (JSON, as a download) and
 * {@code DELETE /api/v1/me} (erase her account; her requests are anonymised, statistics kept).
 */
@Controller("/api/v1/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class PersonalDataController {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ExportResponse(@JsonProperty("exporte_le") Instant exporteLe, Compte compte,
                          List<OrientationResponse> orientations, List<NotificationController.Item> notifications) {
    }

    @Serdeable
    record Compte(String username, String nom, String role) {
    }

    private final PersonalData personalData;
    private final OrientationService orientations;

    PersonalDataController(PersonalData personalData, OrientationService orientations) {
        this.personalData = personalData;
        this.orientations = orientations;
    }

    @Get("/export")
    HttpResponse<ExportResponse> export(Authentication authentication) {
        PersonalData.Export export = personalData.export(AccountRef.of(authentication));
        ExportResponse body = new ExportResponse(export.exportedAt(),
                new Compte(export.profile().username(), export.profile().displayName(), export.profile().role().name()),
                export.orientations().stream().map(d -> OrientationResponse.of(d.orientation(), d.history(),
                        orientations::displayName)).toList(),
                export.notifications().stream().map(NotificationController.Item::of).toList());
        return HttpResponse.ok(body).header("Content-Disposition", "attachment; filename=\"mes-donnees-passerelle.json\"");
    }

    @Delete
    HttpResponse<?> erase(Authentication authentication) {
        personalData.erase(AccountRef.of(authentication));
        return HttpResponse.noContent();
    }
}
