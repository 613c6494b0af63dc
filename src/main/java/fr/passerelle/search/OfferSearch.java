package fr.passerelle.search;

import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.OfferRepository;
import fr.passerelle.interop.dedup.DuplicateClusters;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
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
import java.util.Optional;
import java.util.function.Function;

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
    /** Full-text fields searched with the query analyzer (synonyms), and their boosts. */
    private static final Map<String, Float> TEXT_FIELDS = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(
            Map.of(OfferIndex.NOM, 3f, OfferIndex.LIBELLES, 2f, OfferIndex.STRUCTURE, 1.5f,
                    OfferIndex.DESCRIPTION, 1f, OfferIndex.CONDITIONS, 0.5f)));

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

    /**
     * The multi-valued filters, shown as checkboxes: a value more widens the results (any of the
     * values). Their facets are disjunctive: counted with every other filter but not their own, so
     * that each other choice shows how many results it would add. The single-valued filters
     * (code_departement, places) and the text and location narrow every facet.
     */
    private enum Filter {
        THEMATIQUES(OfferIndex.THEMATIQUES, SearchQuery::thematiques, "thematiques", "categories"),
        FRAIS(OfferIndex.FRAIS, SearchQuery::frais, "frais"),
        PUBLICS(OfferIndex.PUBLICS, SearchQuery::publics, "publics"),
        MODES_ACCUEIL(OfferIndex.MODES_ACCUEIL, SearchQuery::modesAccueil, "modes_accueil"),
        TYPES(OfferIndex.TYPE, SearchQuery::types, "types"),
        SOURCES(OfferIndex.SOURCE, SearchQuery::sources, "sources"),
        FAMILLES(OfferIndex.FAMILLES, SearchQuery::familles, "familles"),
        SIAE(OfferIndex.SIAE, SearchQuery::siae, "siae");

        final String field;
        final Function<SearchQuery, Collection<String>> values;
        /** Facets (API names) counted without this filter. */
        final List<String> facets;

        Filter(String field, Function<SearchQuery, Collection<String>> values, String... facets) {
            this.field = field;
            this.values = values;
            this.facets = List.of(facets);
        }

        boolean activeIn(SearchQuery query) {
            return !values.apply(query).isEmpty();
        }
    }

    private record RawHit(String id, @Nullable Double distanceKm) {
    }

    private final SearchEngine engine;
    private final SearchRequests requests;
    private final OfferRepository offers;
    private final TransactionOperations<Connection> transactions;
    private final DuplicateClusters duplicates;

    public OfferSearch(SearchEngine engine, SearchRequests requests, OfferRepository offers,
                       TransactionOperations<Connection> transactions, DuplicateClusters duplicates) {
        this.duplicates = duplicates;
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
            List<Filter> ownFiltered = query.withFacets()
                    ? Arrays.stream(Filter.values()).filter(filter -> filter.activeIn(query)).toList() : List.of();
            Map<String, AggregationKey<Map<String, Long>>> facetKeys = new LinkedHashMap<>();
            AggregationKey<Map<Boolean, Long>> placesKey = AggregationKey.of(FACET_PLACES);
            if (query.withFacets()) {
                for (String name : FACETS.keySet()) {
                    if (ownFiltered.stream().noneMatch(filter -> filter.facets.contains(name))) {
                        AggregationKey<Map<String, Long>> key = AggregationKey.of(name);
                        facetKeys.put(name, key);
                        search = search.aggregation(key, f -> terms(f, name));
                    }
                }
                search = search.aggregation(placesKey, f -> f.terms().field(OfferIndex.PLACES, Boolean.class));
            }
            var result = search.fetch(query.page().offset(), query.page().size());
            Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
            if (query.withFacets()) {
                Map<String, Map<String, Long>> counted = new HashMap<>();
                facetKeys.forEach((name, key) -> counted.put(name, sorted(result.aggregation(key))));
                for (Filter filter : ownFiltered) {
                    counted.putAll(facetsWithout(session, query, filter));
                }
                FACETS.keySet().forEach(name -> facets.put(name, counted.get(name)));
                Map<String, Long> places = new HashMap<>();
                result.aggregation(placesKey).forEach((value, count) -> places.put(value.toString(), count));
                facets.put(FACET_PLACES, sorted(places));
            }
            return new SearchResult(hits(result.hits()), result.total().hitCount(), query.page().page(),
                    query.page().size(), facets);
        }
    }

    /**
     * The facets of one multi-valued filter, counted over the query without that filter: one more
     * request, hits not fetched. (Hibernate Search's aggregation filters only narrow the query's
     * results, and only for fields in nested objects: they cannot count what a filter excludes.)
     */
    private Map<String, Map<String, Long>> facetsWithout(SearchSession session, SearchQuery query, Filter without) {
        SearchQueryOptionsStep<?, ?, String, ?, ?, ?> search = session.search(OfferDocument.class)
                .select(f -> f.id(String.class))
                .where(f -> predicate(f, query, without));
        Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
        for (String name : without.facets) {
            AggregationKey<Map<String, Long>> key = AggregationKey.of(name);
            keys.put(name, key);
            search = search.aggregation(key, f -> terms(f, name));
        }
        var result = search.fetch(0);
        Map<String, Map<String, Long>> facets = new HashMap<>();
        keys.forEach((name, key) -> facets.put(name, sorted(result.aggregation(key))));
        return facets;
    }

    private static AggregationFinalStep<Map<String, Long>> terms(SearchAggregationFactory f, String facet) {
        return f.terms().field(FACETS.get(facet), String.class).maxTermCount(MAX_FACET_VALUES);
    }

    private PredicateFinalStep predicate(SearchPredicateFactory f, SearchQuery q) {
        return predicate(f, q, null);
    }

    /** Every clause of the query, but the filter {@code without} when given. */
    private PredicateFinalStep predicate(SearchPredicateFactory f, SearchQuery q, @Nullable Filter without) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        bool.must(q.hasText() ? text(f, q.text()) : f.matchAll());
        for (Filter filter : Filter.values()) {
            if (filter != without && filter.activeIn(q)) {
                bool.filter(f.terms().field(filter.field).matchingAny(filter.values.apply(q)));
            }
        }
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

    /**
     * Relevance: the exact name first, then the name's words and phrase, the taxonomy labels, the
     * structure, the description and conditions (with synonyms); then every word, with typos.
     */
    private PredicateFinalStep text(SearchPredicateFactory f, String text) {
        BooleanPredicateClausesStep<?, ?> any = f.bool();
        any.should(f.match().field(OfferIndex.NOM_EXACT).matching(text).boost(10f));
        any.should(f.phrase().field(OfferIndex.NOM).matching(text).boost(4f));
        any.should(withSynonyms(f, text));
        typos(f, text).ifPresent(typos -> any.should(typos.boost(0.5f)));
        return any;
    }

    /**
     * The words and their synonyms in the full-text fields, a multi-word synonym matching as a
     * phrase only (« garde d'enfants », not « garde » anywhere and « enfants » anywhere).
     * Elasticsearch/OpenSearch's match query does that by default (auto_generate_synonyms_phrase_query);
     * Hibernate Search's Lucene match predicate builds Lucene's QueryBuilder with its default, which
     * turns each path of the synonym graph into a conjunction of words. So on Lucene the same query
     * is built here with the same analyzer and that one option set, field by field like the predicate.
     */
    private PredicateFinalStep withSynonyms(SearchPredicateFactory f, String text) {
        Optional<Analyzer> lucene = engine.luceneAnalyzer(OfferIndex.SEARCH_ANALYZER);
        if (lucene.isEmpty()) {
            return f.match().field(OfferIndex.NOM).boost(TEXT_FIELDS.get(OfferIndex.NOM))
                    .field(OfferIndex.LIBELLES).boost(TEXT_FIELDS.get(OfferIndex.LIBELLES))
                    .field(OfferIndex.STRUCTURE).boost(TEXT_FIELDS.get(OfferIndex.STRUCTURE))
                    .field(OfferIndex.DESCRIPTION).boost(TEXT_FIELDS.get(OfferIndex.DESCRIPTION))
                    .field(OfferIndex.CONDITIONS).boost(TEXT_FIELDS.get(OfferIndex.CONDITIONS))
                    .matching(text);
        }
        QueryBuilder builder = new QueryBuilder(lucene.get());
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        BooleanQuery.Builder fields = new BooleanQuery.Builder();
        TEXT_FIELDS.forEach((field, boost) -> {
            Query query = builder.createBooleanQuery(field, text);
            if (query != null) {
                fields.add(new BoostQuery(query, boost), BooleanClause.Occur.SHOULD);
            }
        });
        return f.extension(LuceneExtension.get()).fromLuceneQuery(fields.build());
    }

    /**
     * Typo tolerance: every word of the text, the long ones within their edit distance, each in
     * one of the fields. Every word: a word matched alone would undo the phrases of multi-word
     * synonyms (« garde d'enfants » would find « Garde-meuble », « accueil de loisirs » any
     * « loisirs »). Uses the index-time analyzer: no synonyms (a fuzzy expansion of every synonym
     * would be noise). Stop words and elided articles are left out, as the analyzers drop them.
     */
    private Optional<BooleanPredicateClausesStep<?, ?>> typos(SearchPredicateFactory f, String text) {
        List<String> words = Arrays.stream(text.split("[\\s'’\\-,;.:!?()\"]+"))
                .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit))
                .filter(w -> !engine.analysis().dropsAlone(w)).toList();
        if (words.stream().noneMatch(w -> w.length() >= FUZZY_MIN_LENGTH)) {
            return Optional.empty();
        }
        BooleanPredicateClausesStep<?, ?> every = f.bool();
        for (String word : words) {
            var match = f.match().field(OfferIndex.NOM).boost(1.5f).field(OfferIndex.LIBELLES)
                    .field(OfferIndex.STRUCTURE).field(OfferIndex.DESCRIPTION).boost(0.5f)
                    .matching(word).analyzer(OfferIndex.ANALYZER);
            every.must(word.length() < FUZZY_MIN_LENGTH ? match
                    : match.fuzzy(word.length() >= FUZZY_TWO_EDITS_LENGTH ? 2 : 1, 1));
        }
        return Optional.of(every);
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
        Map<String, DuplicateClusters.Mention> mentions = duplicates.mentions(byId.keySet());
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (RawHit hit : raw) {
            Offer offer = byId.get(hit.id());
            if (offer != null && offer.isPublished()) {
                hits.add(new SearchResult.Hit(offer, hit.distanceKm() == null ? null
                        : Math.round(hit.distanceKm() * 100) / 100.0, mentions.get(offer.id())));
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
