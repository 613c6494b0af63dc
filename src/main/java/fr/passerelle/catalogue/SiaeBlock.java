package fr.passerelle.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * Insertion par l'activité économique: the kind of structure (ACI, EI, ETTI, AI, EITI, GEIQ, EA),
 * the positions open now and the State's agreement.
 */
@Serdeable
public record SiaeBlock(@JsonProperty("type") String kind,
                        @JsonProperty("postes_ouverts") int openPositions,
                        @JsonProperty("metiers") @Nullable List<String> jobs,
                        @JsonProperty("conventionnement_jusquau") @Nullable LocalDate agreementUntil) {

    public static final List<String> KINDS = List.of("ACI", "EI", "ETTI", "AI", "EITI", "GEIQ", "EA");
}
