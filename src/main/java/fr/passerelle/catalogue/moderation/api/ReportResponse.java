package fr.passerelle.catalogue.moderation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.passerelle.catalogue.moderation.OfferReport;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A reported error as its structure's operators and its managers read it (with the e-mail, to answer). */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record ReportResponse(long id,
                      @JsonProperty("service_id") String offerId,
                      @JsonProperty("service_nom") String offerNom,
                      @JsonProperty("structure_id") String structureId,
                      @JsonProperty("structure_nom") String structureNom,
                      String message,
                      @Nullable String email,
                      String statut,
                      @JsonProperty("cree_le") Instant createdAt,
                      @JsonProperty("clos_le") @Nullable Instant closedAt,
                      @JsonProperty("clos_par") @Nullable String closedBy,
                      @Nullable String note) {

    static ReportResponse of(OfferReport r) {
        return new ReportResponse(r.id(), r.offerId(), r.offerNom(), r.structureId(), r.structureNom(), r.message(),
                r.reporterEmail(), r.status().code(), r.createdAt(), r.closedAt(), r.closedBy(), r.closingNote());
    }

    @Override
    public String toString() {
        return "ReportResponse[id=" + id + "]";
    }
}
