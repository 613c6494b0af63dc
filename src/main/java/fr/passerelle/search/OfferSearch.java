package fr.passerelle.search;

import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.OfferRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Searches published offers in the index (full text, facets, zone rule, radius, sorts), then
 * reads the page's offers from PostgreSQL in the index's order. The API and the map-and-list
 * page both call {@link #find}; it knows nothing of HTTP.
 */
@Singleton
public class OfferSearch {

    /** Facet names as the API shows them → index fields. */
    static final Map<String, String> FACETS = facets();
    public static final String FACET_PLACES = "places";
    private static final int MAX_FACET_VALUES = 500;
    /** Words shorter than this are matched exactly: a typo in "cv" or "fle" is another word. */
    private static final int FUZZY_MIN_LENGTH = 5;
    private static final int FUZZY_TWO_EDITS_LENGTH = 8;

    private static Map<String, String> facets() {
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put("thematiques", OfferIndex.THEMATIQUES);
        facets.put("categories", OfferIndex.CATEGORIES);
        facets.put("familles", OfferIndex.FAMILLES);
        facets.put("types", OfferIndex.TYPE);
        facets.put("frais", OfferIndex.FRAIS);
        facets.put("publics", OfferIndex.PUBLICS);
        facets.put("modes_accueil", OfferIndex.MODES_ACCUEIL);
        facets.put("siae", OfferIndex.SIAE);
        facets.put("regles_acces", OfferIndex.REGLE_ACCES);
        facets.put("departements", OfferIndex.DEPARTEMENT);
        facets.put("sources", OfferIndex.SOURCE);
        return java.util.Collections.unmodifiableMap(facets);
    }

    private record RawHit(String id, @Nullable Double distanceKm) {
    }

    private final SearchEngine engine;
    private final SearchRequests requests;
    private final OfferRepository offers;
    private final TransactionOperations<Connection> transactions;

    public OfferSearch(SearchEngine engine, SearchRequests requests, OfferRepository offers,
                       TransactionOperations<Connection> transactions) {
        this.engine = engine;
        this.requests = requests;
        this.offers = offers;
        this.transactions = transactions;
    }

    /** Checks the request (400/404 problems) and searches. */
    public SearchResult find(SearchRequest request) {
        return find(requests.check(request));
    }

    public SearchResult find(SearchQuery query) {
        try (SearchSession session = engine.mapping().createSession()) {
            SearchQuery.Location location = query.location();
            SearchQueryOptionsStep<?, ?, RawHit, ?, ?, ?> search;
            if (location != null) {
                GeoPoint center = GeoPoint.of(location.latitude(), location.longitude());
                search = session.search(OfferDocument.class)
                        .select(f -> f.composite().from(f.id(String.class),
                                f.distance(OfferIndex.POINT, center).unit(DistanceUnit.KILOMETERS)).as(RawHit::new))
                        .where(f -> predicate(f, query))
                        .sort(s -> sort(s, query));
            } else {
                search = session.search(OfferDocument.class)
                        .select(f -> f.composite().from(f.id(String.class)).as(id -> new RawHit(id, null)))
                        .where(f -> predicate(f, query))
                        .sort(s -> sort(s, query));
            }
            Map<String, AggregationKey<Map<String, Long>>> facetKeys = new LinkedHashMap<>();
            AggregationKey<Map<Boolean, Long>> placesKey = AggregationKey.of(FACET_PLACES);
            if (query.withFacets()) {
                for (Map.Entry<String, String> facet : FACETS.entrySet()) {
                    AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.getKey());
                    facetKeys.put(facet.getKey(), key);
                    search = search.aggregation(key, f -> f.terms().field(facet.getValue(), String.class)
                            .maxTermCount(MAX_FACET_VALUES));
                }
                search = search.aggregation(placesKey, f -> f.terms().field(OfferIndex.PLACES, Boolean.class));
            }
            var result = search.fetch(query.page().offset(), query.page().size());
            Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
            if (query.withFacets()) {
                facetKeys.forEach((name, key) -> facets.put(name, sorted(result.aggregation(key))));
                Map<String, Long> places = new HashMap<>();
                result.aggregation(placesKey).forEach((value, count) -> places.put(value.toString(), count));
                facets.put(FACET_PLACES, sorted(places));
            }
            return new SearchResult(hits(result.hits()), result.total().hitCount(), query.page().page(),
                    query.page().size(), facets);
        }
    }

    private PredicateFinalStep predicate(SearchPredicateFactory f, SearchQuery q) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        bool.must(q.hasText() ? text(f, q.text()) : f.matchAll());
        filter(bool, f, OfferIndex.THEMATIQUES, q.thematiques());
        filter(bool, f, OfferIndex.FRAIS, q.frais());
        filter(bool, f, OfferIndex.PUBLICS, q.publics());
        filter(bool, f, OfferIndex.MODES_ACCUEIL, q.modesAccueil());
        filter(bool, f, OfferIndex.TYPE, q.types());
        filter(bool, f, OfferIndex.SOURCE, q.sources());
        filter(bool, f, OfferIndex.FAMILLES, q.familles());
        filter(bool, f, OfferIndex.SIAE, q.siae());
        if (q.codeDepartement() != null) {
            bool.filter(f.match().field(OfferIndex.DEPARTEMENT).matching(q.codeDepartement()));
        }
        if (q.onlyWithPlaces()) {
            bool.filter(f.match().field(OfferIndex.PLACES).matching(true));
        }
        SearchQuery.Location location = q.location();
        if (location != null) {
            // Zone rule (DOMAIN.md): an empty zone, or the commune, its EPCI, its département or france.
            if (!location.zoneCodes().isEmpty()) {
                List<String> zone = new ArrayList<>(location.zoneCodes());
                zone.add(OfferIndex.ZONE_EVERYWHERE);
                bool.filter(f.terms().field(OfferIndex.ZONE).matchingAny(zone));
            }
            // The radius limits on-site offers only; an offer that can be followed remotely is reachable anywhere.
            bool.filter(f.or(
                    f.match().field(OfferIndex.A_DISTANCE).matching(true),
                    f.spatial().within().field(OfferIndex.POINT).circle(location.latitude(), location.longitude(),
                            q.radiusKm(), DistanceUnit.KILOMETERS)));
        }
        return bool;
    }

    private static void filter(BooleanPredicateClausesStep<?, ?> bool, SearchPredicateFactory f, String field,
                               Collection<String> values) {
        if (!values.isEmpty()) {
            bool.filter(f.terms().field(field).matchingAny(values));
        }
    }

    /**
     * Relevance: the exact name first, then the name's words and phrase, the taxonomy labels, the
     * structure, the description and conditions (with synonyms); then the same words with typos.
     */
    private static PredicateFinalStep text(SearchPredicateFactory f, String text) {
        BooleanPredicateClausesStep<?, ?> any = f.bool();
        any.should(f.match().field(OfferIndex.NOM_EXACT).matching(text).boost(10f));
        any.should(f.phrase().field(OfferIndex.NOM).matching(text).boost(4f));
        any.should(f.match().field(OfferIndex.NOM).boost(3f).field(OfferIndex.LIBELLES).boost(2f)
                .field(OfferIndex.STRUCTURE).boost(1.5f).field(OfferIndex.DESCRIPTION)
                .field(OfferIndex.CONDITIONS).boost(0.5f).matching(text));
        List<String> words = Arrays.stream(text.split("[\\s'’\\-,;.:!?()\"]+")).filter(w -> !w.isBlank()).toList();
        fuzzy(any, f, words.stream().filter(w -> w.length() >= FUZZY_MIN_LENGTH && w.length() < FUZZY_TWO_EDITS_LENGTH)
                .toList(), 1);
        fuzzy(any, f, words.stream().filter(w -> w.length() >= FUZZY_TWO_EDITS_LENGTH).toList(), 2);
        return any;
    }

    private static void fuzzy(BooleanPredicateClausesStep<?, ?> any, SearchPredicateFactory f, List<String> words,
                              int edits) {
        if (!words.isEmpty()) {
            // Index-time analyzer: no synonyms (fuzzy expansion of every synonym would be noise).
            any.should(f.match().field(OfferIndex.NOM).boost(1.5f).field(OfferIndex.LIBELLES)
                    .field(OfferIndex.STRUCTURE).field(OfferIndex.DESCRIPTION).boost(0.5f)
                    .matching(String.join(" ", words)).fuzzy(edits, 1).analyzer(OfferIndex.ANALYZER).boost(0.5f));
        }
    }

    private static SortFinalStep sort(SearchSortFactory s, SearchQuery q) {
        return switch (q.sort()) {
            case PERTINENCE -> s.score().then().field(OfferIndex.ID_SORT);
            case DISTANCE -> s.distance(OfferIndex.POINT, q.location().latitude(), q.location().longitude())
                    .missing().last().then().field(OfferIndex.ID_SORT);
            case DATE_MAJ -> s.field(OfferIndex.DATE_MAJ).desc().then().field(OfferIndex.ID_SORT);
        };
    }

    /** The page's offers from PostgreSQL, in the index's order; one unpublished since is left out. */
    private List<SearchResult.Hit> hits(List<RawHit> raw) {
        Map<String, Offer> byId = new HashMap<>();
        transactions.executeRead(status -> offers.findByIds(raw.stream().map(RawHit::id).toList()))
                .forEach(offer -> byId.put(offer.id(), offer));
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (RawHit hit : raw) {
            Offer offer = byId.get(hit.id());
            if (offer != null && offer.isPublished()) {
                hits.add(new SearchResult.Hit(offer, hit.distanceKm() == null ? null
                        : Math.round(hit.distanceKm() * 100) / 100.0));
            }
        }
        return hits;
    }

    private static <K> Map<String, Long> sorted(Map<K, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<K, Long>comparingByValue().reversed()
                        .thenComparing(e -> String.valueOf(e.getKey())))
                .forEach(e -> sorted.put(String.valueOf(e.getKey()), e.getValue()));
        return sorted;
    }
}
