package fr.passerelle.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** One entry of an offer's history: who did what, when, and each field's old and new value. */
@Serdeable
public record OfferChange(@JsonProperty("le") Instant changedAt,
                          @JsonProperty("par") String changedBy,
                          @JsonProperty("action") String action,
                          @JsonProperty("champs") List<FieldChange> changes) {

    @Serdeable
    public record FieldChange(@JsonProperty("champ") String field,
                              @JsonProperty("avant") @Nullable String before,
                              @JsonProperty("apres") @Nullable String after) {
    }
}
