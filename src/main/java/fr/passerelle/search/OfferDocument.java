package fr.passerelle.search;

import io.micronaut.core.annotation.Nullable;
import org.hibernate.search.engine.spatial.GeoPoint;

import java.lang.invoke.MethodHandles;
import java.time.LocalDate;
import java.util.List;

/**
 * What the index holds about one published offer: a projection built by
 * {@link OfferDocumentMapper}, never stored elsewhere. Mapped programmatically in
 * {@link SearchMappingFactory} with the names of {@link OfferIndex}.
 *
 * @param point      where the offer receives people (its own point, else its commune's centre);
 *                   null for offers that are only remote
 * @param zone       eligibility codes (commune, EPCI, département, {@code france}), or
 *                   {@link OfferIndex#ZONE_EVERYWHERE} when the offer sets none
 * @param hasPlaces  see {@link OfferDocumentMapper#hasPlaces}
 */
public record OfferDocument(String id, String source, String nom, String description, @Nullable String structure,
                            List<String> libelles, @Nullable String conditions,
                            List<String> categories, List<String> thematiques, List<String> familles,
                            @Nullable String type, @Nullable String frais, List<String> publics,
                            List<String> modesAccueil, @Nullable String siae, String regleAcces,
                            @Nullable String departement, List<String> zone,
                            boolean hasPlaces, boolean remote, @Nullable GeoPoint point,
                            LocalDate dateMaj, @Nullable LocalDate prochaineSession) {

    /** Lets Hibernate Search read this record's private fields. */
    static MethodHandles.Lookup lookup() {
        return MethodHandles.lookup();
    }
}
