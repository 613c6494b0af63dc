package fr.passerelle.orientation.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.passerelle.orientation.NewOrientation;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** POST /api/v1/orientations. {@code beneficiaire_id}: referents only. */
@Serdeable
record OrientationRequest(@JsonProperty("service_id") @Nullable String serviceId,
                          @Nullable String message,
                          @JsonProperty("beneficiaire_id") @Nullable Long beneficiaireId,
                          @JsonProperty("session_id") @Nullable Long sessionId,
                          @Nullable String disponibilites,
                          @Nullable Boolean consentement) {

    NewOrientation toNew() {
        return new NewOrientation(serviceId == null ? "" : serviceId, beneficiaireId, sessionId, message,
                disponibilites, Boolean.TRUE.equals(consentement));
    }

    @Override
    public String toString() {
        return "OrientationRequest[service=" + serviceId + "]";
    }
}
