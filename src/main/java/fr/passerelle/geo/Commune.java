package fr.passerelle.geo;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A current commune, by its INSEE code. Paris, Lyon and Marseille are one commune each
 * (75056, 69123, 13055); their arrondissements resolve to them.
 *
 * @param epciCode   SIREN of its EPCI; null for the few island communes outside any EPCI
 * @param population légale population, when known
 * @param latitude   a representative point (La Poste), WGS84
 */
public record Commune(String code, String nom, List<String> codesPostaux, String departementCode,
                      String regionCode, @Nullable String epciCode, @Nullable Integer population,
                      double latitude, double longitude) {

    public Commune {
        codesPostaux = List.copyOf(codesPostaux);
    }

    public GeoPoint point() {
        return new GeoPoint(latitude, longitude);
    }
}
