package fr.passerelle.orientation;

import fr.passerelle.account.Role;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/** One request: a beneficiary towards an offer. Personal fields are null once anonymised. */
public record Orientation(UUID id, @Nullable Long beneficiaryId, String offerId, String offerName, String structureId,
                          @Nullable Long requestedBy, Role requesterRole, @Nullable Long sessionId,
                          boolean waitingList, @Nullable String message, @Nullable String availability,
                          Instant consentAt, OrientationStatus status, Instant statusSince,
                          @Nullable Instant transmittedAt, @Nullable RefusalReason refusalReason,
                          @Nullable Outcome outcome, Instant createdAt) {

    Orientation withState(OrientationStatus newStatus, Instant since, @Nullable Instant newTransmittedAt,
                          @Nullable RefusalReason newRefusal, @Nullable Outcome newOutcome, @Nullable Long newSession) {
        return new Orientation(id, beneficiaryId, offerId, offerName, structureId, requestedBy, requesterRole,
                newSession, waitingList, message, availability, consentAt, newStatus, since, newTransmittedAt,
                newRefusal, newOutcome, createdAt);
    }

    /** Without the message and availability: this may end up in a log. */
    @Override
    public String toString() {
        return "Orientation[id=" + id + ", offer=" + offerId + ", status=" + status + "]";
    }
}
