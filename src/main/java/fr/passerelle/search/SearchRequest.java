package fr.passerelle.search;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A search as a page or a partner sends it, before it is checked (data·inclusion's parameters
 * plus ours). Lists are already split; blank values are null.
 */
public record SearchRequest(@Nullable String q, @Nullable String codeCommune, @Nullable Double latitude,
                            @Nullable Double longitude, @Nullable Double distanceKm,
                            @Nullable String codeDepartement, List<String> thematiques, List<String> frais,
                            List<String> publics, List<String> modesAccueil, List<String> types,
                            List<String> sources, List<String> familles, List<String> siae,
                            @Nullable Boolean places, @Nullable String sort,
                            @Nullable Integer page, @Nullable Integer size, @Nullable Boolean facets) {
}
