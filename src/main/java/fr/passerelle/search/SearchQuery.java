package fr.passerelle.search;

import fr.passerelle.shared.PageRequest;
import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Set;

/**
 * A checked search: the one input of {@link OfferSearch}, shared by the API and the pages.
 * Empty lists and nulls mean "no filter".
 *
 * @param location where the person is; null searches everywhere without distances
 * @param radiusKm limit for on-site offers when a location is given
 */
public record SearchQuery(@Nullable String text, @Nullable Location location, double radiusKm,
                          Set<String> thematiques, List<String> frais, List<String> publics,
                          List<String> modesAccueil, List<String> types, List<String> sources,
                          @Nullable String codeDepartement, List<String> familles, List<String> siae,
                          boolean onlyWithPlaces, SearchSort sort, PageRequest page, boolean withFacets) {

    public static final double DEFAULT_RADIUS_KM = 50;

    /**
     * A point, and when it comes from a commune, the zone codes that make an offer eligible there
     * (empty when only a point was given: the zone rule then does not apply).
     */
    public record Location(double latitude, double longitude, List<String> zoneCodes) {
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    public static SearchQuery everywhere() {
        return new SearchQuery(null, null, DEFAULT_RADIUS_KM, Set.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, List.of(), List.of(), false, SearchSort.DATE_MAJ, PageRequest.of(1, null), true);
    }
}
