package fr.passerelle.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** A public contract's insertion clause: the operation, who buys, who hires, and the hours. */
@Serdeable
public record ClauseSociale(@JsonProperty("operation") String operation,
                            @JsonProperty("acheteur") String buyer,
                            @JsonProperty("employeur") @Nullable String employer,
                            @JsonProperty("secteur") String sector,
                            @JsonProperty("heures_prevues") int plannedHours,
                            @JsonProperty("heures_realisees") int doneHours,
                            @JsonProperty("debut") LocalDate startsOn,
                            @JsonProperty("fin") @Nullable LocalDate endsOn,
                            @JsonProperty("postes") int positions,
                            @JsonProperty("facilitateur") @Nullable String facilitator) {
}
