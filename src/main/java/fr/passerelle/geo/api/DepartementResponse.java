package fr.passerelle.geo.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import fr.passerelle.geo.Departement;
import fr.passerelle.geo.Gazetteer;
import fr.passerelle.geo.Region;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A département as the API shows it. */
@Serdeable
public record DepartementResponse(
        @JsonProperty("code") String code,
        @JsonProperty("nom") String nom,
        @JsonProperty("code_region") String codeRegion,
        @JsonProperty("region") @Nullable String region) {

    static DepartementResponse of(Departement departement, Gazetteer gazetteer) {
        return new DepartementResponse(departement.code(), departement.nom(), departement.regionCode(),
                gazetteer.region(departement.regionCode()).map(Region::nom).orElse(null));
    }

    /** The body of the list of départements. */
    @Serdeable
    public record Page(@JsonProperty("items") List<DepartementResponse> items) {
    }
}
