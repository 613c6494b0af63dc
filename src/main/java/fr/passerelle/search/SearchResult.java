package fr.passerelle.search;

import fr.passerelle.catalogue.Offer;
import fr.passerelle.interop.dedup.DuplicateClusters;
import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;

/**
 * One page of offers (read from PostgreSQL, in the index's order) and, when asked, the counts of
 * every facet value over all matching offers: facet name → value → count. The facet of a
 * multi-valued filter (thematiques, frais, publics…) counts the offers every other filter keeps.
 */
public record SearchResult(List<Hit> hits, long total, int page, int size, Map<String, Map<String, Long>> facets) {

    /**
     * An offer and its distance from the searched location, in km; null for remote-only offers.
     * {@code alsoListed}: the same service as published by other sources (« Aussi référencé par »), or null.
     */
    public record Hit(Offer offer, @Nullable Double distanceKm, @Nullable DuplicateClusters.Mention alsoListed) {
    }
}
