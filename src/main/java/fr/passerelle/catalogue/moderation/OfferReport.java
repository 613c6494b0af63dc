package fr.passerelle.catalogue.moderation;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A reported error on an offer, as its structure's operators and its territory's managers see
 * it. {@code reporterEmail} is personal data: only they get it (to answer); never logged.
 */
public record OfferReport(long id, String offerId, String offerNom, String structureId, String structureNom,
                          String message, @Nullable String reporterEmail, ReportStatus status, Instant createdAt,
                          @Nullable Instant closedAt, @Nullable String closedBy, @Nullable String closingNote) {

    @Override
    public String toString() {
        return "OfferReport[id=" + id + ", offerId=" + offerId + ", status=" + status.code() + "]";
    }
}
