package fr.passerelle.geo.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.passerelle.geo.Commune;
import fr.passerelle.geo.Departement;
import fr.passerelle.geo.Epci;
import fr.passerelle.geo.Gazetteer;
import fr.passerelle.geo.Region;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A commune as the API shows it, with the names of its département, région and EPCI. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS) // a stable shape: absent EPCI or population are null
public record CommuneResponse(
        @JsonProperty("code") String code,
        @JsonProperty("nom") String nom,
        @JsonProperty("codes_postaux") List<String> codesPostaux,
        @JsonProperty("code_departement") String codeDepartement,
        @JsonProperty("departement") @Nullable String departement,
        @JsonProperty("code_region") String codeRegion,
        @JsonProperty("region") @Nullable String region,
        @JsonProperty("code_epci") @Nullable String codeEpci,
        @JsonProperty("epci") @Nullable String epci,
        @JsonProperty("population") @Nullable Integer population,
        @JsonProperty("latitude") double latitude,
        @JsonProperty("longitude") double longitude) {

    static CommuneResponse of(Commune commune, Gazetteer gazetteer) {
        return new CommuneResponse(commune.code(), commune.nom(), commune.codesPostaux(),
                commune.departementCode(),
                gazetteer.departement(commune.departementCode()).map(Departement::nom).orElse(null),
                commune.regionCode(),
                gazetteer.region(commune.regionCode()).map(Region::nom).orElse(null),
                commune.epciCode(),
                gazetteer.epci(commune.epciCode()).map(Epci::nom).orElse(null),
                commune.population(), commune.latitude(), commune.longitude());
    }

    /** The body of a commune search. */
    @Serdeable
    public record Page(@JsonProperty("items") List<CommuneResponse> items) {
    }
}
