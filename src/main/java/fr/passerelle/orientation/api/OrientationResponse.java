package fr.passerelle.orientation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.passerelle.orientation.Orientation;
import fr.passerelle.orientation.OrientationEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** A request as its parties read it; {@code historique} only on the detail. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record OrientationResponse(UUID id,
                           String statut,
                           @JsonProperty("statut_libelle") String statutLibelle,
                           @JsonProperty("service_id") String serviceId,
                           @JsonProperty("service_nom") String serviceNom,
                           @JsonProperty("structure_id") String structureId,
                           @JsonProperty("beneficiaire_id") @Nullable Long beneficiaireId,
                           String demandeur,
                           @JsonProperty("session_id") @Nullable Long sessionId,
                           @JsonProperty("liste_attente") boolean listeAttente,
                           @Nullable String message,
                           @Nullable String disponibilites,
                           Consent consentement,
                           @JsonProperty("motif_refus") @Nullable String motifRefus,
                           @Nullable String issue,
                           @JsonProperty("cree_le") Instant creeLe,
                           @JsonProperty("statut_depuis") Instant statutDepuis,
                           @Nullable List<Event> historique) {

    @Serdeable
    record Consent(boolean donne, Instant le) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Event(@Nullable String de, String vers, @Nullable String par, String role, Instant le,
                 @Nullable String motif) {
    }

    static OrientationResponse of(Orientation o, @Nullable List<OrientationEvent> history,
                                  Function<Long, String> names) {
        return new OrientationResponse(o.id(), o.status().code(), o.status().label(), o.offerId(), o.offerName(),
                o.structureId(), o.beneficiaryId(), o.requesterRole().name(), o.sessionId(), o.waitingList(),
                o.message(), o.availability(), new Consent(true, o.consentAt()),
                o.refusalReason() == null ? null : o.refusalReason().code(),
                o.outcome() == null ? null : o.outcome().code(), o.createdAt(), o.statusSince(),
                history == null ? null : history.stream().map(e -> new Event(e.from() == null ? null : e.from().code(),
                        e.to().code(), e.actorId() == null ? null : names.apply(e.actorId()), e.actorRole(), e.at(),
                        e.reason())).toList());
    }

    @Override
    public String toString() {
        return "OrientationResponse[id=" + id + ", statut=" + statut + "]";
    }
}
