package fr.passerelle.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.shared.outbox.Outbox;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.passerelle.search.SearchFixtures.SOURCE;
import static fr.passerelle.search.SearchFixtures.id;
import static fr.passerelle.support.OfferBuilder.offer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The search engine's behaviour, run once per backend (LuceneOfferSearchTest,
 * OpenSearchOfferSearchTest): same mapping, same analysis, same answers. Every query is limited
 * to the suite's own source so that the demo catalogue cannot change the assertions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OfferSearchSuite {

    private static final String MELUN = "77288";

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    SearchFixtures fixtures;
    @Inject
    Outbox outbox;
    @Inject
    IndexRebuilder rebuilder;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    private final ObjectMapper json = new ObjectMapper();

    /** A name for ids this backend's run creates, so that the two runs sharing a database do not meet. */
    abstract String backend();

    /** Takes the search backend down; false when the backend cannot be (embedded Lucene). */
    abstract boolean stopBackend();

    abstract void startBackend();

    @BeforeAll
    void loadCatalogue() {
        fixtures.loadOnce();
        awaitIndexed();
    }

    private void awaitIndexed() {
        await(Duration.ofSeconds(60), () -> outbox.lag().pending() == 0, "the outbox to be applied");
    }

    JsonNode search(String parameters) {
        return searchAll("sources=" + SOURCE + "&" + parameters);
    }

    /** Over the whole catalogue, demo included. */
    JsonNode searchAll(String parameters) {
        try {
            String uri = "/api/v1/search/services?" + parameters;
            return json.readTree(http.toBlocking().retrieve(HttpRequest.GET(uri), String.class));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("service").get("id").asText()));
        return ids;
    }

    static JsonNode item(JsonNode page, String offerId) {
        for (JsonNode item : page.get("items")) {
            if (item.get("service").get("id").asText().equals(offerId)) {
                return item;
            }
        }
        throw new AssertionError(offerId + " is not in " + ids(page));
    }

    // --- Relevance ---------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"creche", "crèche", "CRÈCHE", "Crèches"})
    void accentsCaseAndPluralsDoNotMatter(String text) {
        assertThat(ids(search(q(text)))).contains(id("creche-melun"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"escale", "l'escale", "L’Escale"})
    void elisionsAreFolded(String text) {
        assertThat(ids(search(q(text)))).first().isEqualTo(id("escale-melun"));
    }

    @ParameterizedTest
    @CsvSource({
            "eaje, creche-melun",
            "assistante maternelle, creche-melun",
            "halte-garderie, creche-melun",
            "permis, code-route-evry",
            "auto-école, code-route-evry",
            "FLE, asl-melun",
            "alphabétisation, asl-melun",
            "IAE, chantier-melun",
            "chantier d'insertion, chantier-melun",
            "CV, cv-melun",
            "lettre de motivation, cv-melun"})
    void synonymsFindOffersWordedOtherwise(String text, String expected) {
        assertThat(ids(search(q(text)))).contains(id(expected));
    }

    @ParameterizedTest
    @CsvSource({"creshe, creche-melun", "sociolinguistiqe, asl-melun", "curiculum, cv-melun", "escalle, escale-melun"})
    void typosAreTolerated(String text, String expected) {
        assertThat(ids(search(q(text)))).contains(id(expected));
    }

    @Test
    void anExactNameRanksFirst() {
        List<String> found = ids(search(q("atelier numérique")));
        assertThat(found).first().isEqualTo(id("atelier-numerique"));
        assertThat(found).contains(id("atelier-numerique-seniors"));
    }

    @Test
    void onlyPublishedOffersAreFound() {
        List<String> found = ids(search(q("crèche") + "&size=100"));
        assertThat(found).contains(id("creche-melun")).doesNotContain(id("brouillon"), id("archivee"));
    }

    @Test
    void aTextMatchesOnlyWhatItSays() {
        assertThat(ids(search(q("crèche")))).doesNotContain(id("code-route-evry"), id("page-01"));
    }

    @Test
    void crecheNearMelunAnswersChildcareOffersOfTheDemoCatalogue() {
        JsonNode page = searchAll("q=creche&code_commune=" + MELUN + "&distance=15&facets=true");
        assertThat(page.get("total").asLong()).isGreaterThan(3);
        int childcare = 0;
        for (JsonNode item : page.get("items")) {
            JsonNode distance = item.get("distance");
            assertThat(distance.isNull() || distance.asDouble() <= 15.0).isTrue();
            JsonNode thematiques = item.get("service").get("thematiques");
            if (thematiques != null && thematiques.toString().contains("famille--garde-denfants")) {
                childcare++;
            }
        }
        assertThat(childcare).as("garde d'enfants offers in the first page").isGreaterThan(page.get("items").size() / 2);
        assertThat(page.get("facets").get("thematiques").get("famille--garde-denfants").asLong()).isPositive();
    }

    // --- Multi-word synonyms: phrases, on both backends ------------------------------------------

    /** Each of these expands to the childcare group, whose « garde enfants », « accueil de loisirs »… are phrases. */
    @ParameterizedTest
    @ValueSource(strings = {"garde d'enfants", "accueil de loisirs", "centre de loisirs", "crèche", "nounou", "EAJE",
            "halte-garderie"})
    void aMultiWordSynonymMatchesAsAPhraseNotWordByWord(String text) {
        List<String> found = ids(search(q(text) + "&size=100"));
        assertThat(found).contains(id("creche-melun"), id("eaje-dammarie"), id("creche-meaux"), id("alsh-melun"));
        assertThat(found).as("« garde » alone, « loisirs » alone").doesNotContain(id("garde-meuble"), id("sorties-loisirs"));
    }

    /**
     * « droit de garde… enfants », « accueil… loisirs » far apart are no phrase. Lucene's query builder,
     * as Hibernate Search's match predicate uses it, made each multi-word synonym a conjunction of words.
     */
    @ParameterizedTest
    @ValueSource(strings = {"crèche", "nounou", "EAJE", "halte-garderie", "assistante maternelle", "micro-crèche"})
    void theWordsOfASynonymFarApartDoNotMatchIt(String text) {
        assertThat(ids(search(q(text) + "&size=100"))).contains(id("creche-melun")).doesNotContain(id("droits-familles"));
    }

    /**
     * The same offers on both backends, asserted as exact lists so that each backend's run checks it
     * alone. Typo tolerance wants every word (« droit de garde… enfants » has both).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "garde d'enfants      | alsh-melun creche-commune-centre creche-meaux creche-melun creche-zone-91 droits-familles eaje-dammarie",
            "cours de français    | asl-melun",
            "code de la route     | code-route-evry",
            "chantier d'insertion | chantier-melun"})
    void multiWordQueriesFindExactlyTheirOffers(String text, String expected) {
        assertThat(ids(search(q(text) + "&size=100")))
                .containsExactlyInAnyOrder(java.util.Arrays.stream(expected.split(" ")).map(SearchFixtures::id)
                        .toArray(String[]::new));
    }

    /** What each backend's run of this JVM answered, by query, for the other one to compare with. */
    private static final Map<String, Map<String, List<String>>> ANSWERS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Over the demo catalogue; the backend that runs second compares its answers with the first one's. */
    @ParameterizedTest
    @ValueSource(strings = {"q=garde+d%27enfants", "q=cours+de+fran%C3%A7ais", "q=code+de+la+route",
            "q=chantier+d%27insertion", "q=accueil+de+loisirs", "q=creche&code_commune=" + MELUN + "&distance=15"})
    void luceneAndOpenSearchFindTheSameDemoOffers(String parameters) {
        List<String> found = new ArrayList<>();
        long total;
        int page = 1;
        do {
            JsonNode one = searchAll("sources=passerelle-demo&sort=date_maj&size=1000&page=" + page++ + "&" + parameters);
            total = one.get("total").asLong();
            found.addAll(ids(one));
        } while (found.size() < total);
        assertThat(found).hasSize((int) total).isNotEmpty();
        Map<String, List<String>> byBackend = ANSWERS.computeIfAbsent(parameters, p -> new java.util.concurrent.ConcurrentHashMap<>());
        byBackend.put(backend(), found);
        var other = byBackend.entrySet().stream().filter(e -> !e.getKey().equals(backend())).findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(other.isPresent(),
                "compared by the other backend's run, when it comes second in this JVM");
        assertThat(found).as("%s on %s and %s", parameters, backend(), other.get().getKey())
                .isEqualTo(other.get().getValue());
    }

    // --- Geography -----------------------------------------------------------------------------

    @Test
    void theZoneRuleKeepsOffersServingTheCommune() {
        List<String> found = ids(search("code_commune=" + MELUN + "&size=100"));
        assertThat(found).contains(id("creche-melun"), id("eaje-dammarie"), id("creche-meaux"),
                id("creche-commune-centre"), id("permanence-distance"));
        assertThat(found).doesNotContain(id("creche-zone-91"), id("distance-zone-91"));
    }

    @Test
    void anOfferForAnotherDepartementIsNeverReturned() {
        List<String> found = ids(search("code_commune=" + MELUN + "&distance=1000&size=100&" + q("crèche Essonne")));
        assertThat(found).doesNotContain(id("creche-zone-91"));
        assertThat(ids(search("code_commune=91228&size=100"))).contains(id("creche-zone-91"), id("distance-zone-91"));
    }

    @Test
    void theRadiusLimitsOnSiteOffersOnly() {
        List<String> near = ids(search("code_commune=" + MELUN + "&distance=30&size=100"));
        assertThat(near).contains(id("eaje-dammarie"), id("permanence-distance")).doesNotContain(id("creche-meaux"));
        assertThat(ids(search("code_commune=" + MELUN + "&distance=50&size=100"))).contains(id("creche-meaux"));
    }

    @Test
    void remoteOffersHaveNoDistance() {
        JsonNode page = search("code_commune=" + MELUN + "&size=100");
        assertThat(item(page, id("permanence-distance")).get("distance").isNull()).isTrue();
        assertThat(item(page, id("creche-melun")).get("distance").asDouble()).isBetween(0.0, 1.0);
        assertThat(item(page, id("creche-meaux")).get("distance").asDouble()).isBetween(40.0, 50.0);
        // Located by its commune's centre when it has no point of its own.
        assertThat(item(page, id("creche-commune-centre")).get("distance").asDouble()).isLessThan(0.1);
    }

    @Test
    void distanceSortPutsNearestFirstAndRemoteLast() {
        JsonNode page = search("code_commune=" + MELUN + "&sort=distance&size=100");
        List<Double> distances = new ArrayList<>();
        boolean remoteSeen = false;
        for (JsonNode item : page.get("items")) {
            if (item.get("distance").isNull()) {
                remoteSeen = true;
            } else {
                assertThat(remoteSeen).as("on-site offers come before remote ones").isFalse();
                distances.add(item.get("distance").asDouble());
            }
        }
        assertThat(distances).hasSizeGreaterThan(5).isSorted();
        assertThat(ids(page)).first().isIn(id("creche-commune-centre"), id("creche-melun"));
    }

    @Test
    void aPointWorksWithoutACommune() {
        List<String> found = ids(search("lat=48.5138&lon=2.6285&distance=2&size=100"));
        assertThat(found).contains(id("eaje-dammarie")).doesNotContain(id("creche-meaux"));
    }

    // --- Facets and pages ------------------------------------------------------------------------

    @Test
    void facetCountsEqualDatabaseCounts() {
        JsonNode page = search("facets=true&size=1");
        assertFacetsMatchDatabase(page.get("facets"), "");
        assertThat(page.get("total").asLong()).isEqualTo(count(""));
    }

    @Test
    void facetCountsFollowTheFilters() {
        JsonNode page = search("facets=true&size=1&code_departement=77");
        String inSeineEtMarne = " and o.code_insee in (select code from commune where departement_code = '77')";
        assertFacetsMatchDatabase(page.get("facets"), inSeineEtMarne);
        assertThat(page.get("total").asLong()).isEqualTo(count(inSeineEtMarne));
    }

    /** One SQL count per facet, over the offers the condition keeps (see {@link #database}). */
    private static final Map<String, String> FACET_SQL = Map.of(
            "thematiques", "select t, count(*) from offer o, unnest(o.thematiques) t where %s group by t",
            "categories", """
                    select split_part(t, '--', 1), count(distinct o.id) from offer o, unnest(o.thematiques) t
                    where %s group by 1""",
            "frais", "select o.frais, count(*) from offer o where o.frais is not null and %s group by o.frais",
            "types", "select o.type, count(*) from offer o where o.type is not null and %s group by o.type",
            "publics", "select p, count(*) from offer o, unnest(o.publics) p where %s group by p",
            "modes_accueil", "select m, count(*) from offer o, unnest(o.modes_accueil) m where %s group by m",
            "siae", "select o.siae->>'type', count(*) from offer o where o.siae is not null and %s group by 1",
            // Twin of OfferDocumentMapper.hasPlaces.
            "places", """
                    select (not exists (select 1 from offer_session s where s.offer_id = o.id)
                            or exists (select 1 from offer_session s where s.offer_id = o.id
                                       and coalesce(s.ends_on, s.starts_on) >= current_date
                                       and (s.places_left is null or s.places_left > 0)))::text, count(*)
                    from offer o where %s group by 1""");

    private void assertFacetsMatchDatabase(JsonNode facets, String condition) {
        FACET_SQL.keySet().forEach(facet -> assertFacetMatchesDatabase(facets, facet, condition));
    }

    private void assertFacetMatchesDatabase(JsonNode facets, String facet, String condition) {
        assertThat(counts(facets.get(facet))).as(facet).isEqualTo(database(FACET_SQL.get(facet), condition));
    }

    /**
     * Checkbox filters (frais, types, publics…): each one's facet counts what every other filter
     * keeps, so that the other choices show how many results they would add. The other facets,
     * and the single-valued filters (code_departement), take every filter.
     */
    @Test
    void facetCountsOfAFilteredFieldIgnoreThatFieldsOwnFilter() {
        String payant = " and o.frais = 'payant'";
        String formation = " and o.type = 'formation'";
        String publics = " and o.publics && array['tous-publics', 'jeunes']::text[]";
        for (String departement : List.of("", "77")) {
            String inDepartement = departement.isEmpty() ? ""
                    : " and o.code_insee in (select code from commune where departement_code = '" + departement + "')";
            JsonNode page = search("facets=true&size=1&frais=payant&types=formation&publics=tous-publics&publics=jeunes"
                    + (departement.isEmpty() ? "" : "&code_departement=" + departement));
            JsonNode facets = page.get("facets");
            String all = payant + formation + publics + inDepartement;
            assertThat(page.get("total").asLong()).isEqualTo(count(all));
            Map<String, String> withoutOwnFilter = Map.of("frais", formation + publics + inDepartement,
                    "types", payant + publics + inDepartement, "publics", payant + formation + inDepartement);
            FACET_SQL.keySet().forEach(facet ->
                    assertFacetMatchesDatabase(facets, facet, withoutOwnFilter.getOrDefault(facet, all)));
            // The sources filter of every query of this suite: counted over all sources.
            assertThat(counts(facets.get("sources"))).isEqualTo(databaseWhere(
                    "select o.source, count(*) from offer o where %s group by 1", PUBLIC + all));
        }
        JsonNode page = search("facets=true&size=1&frais=payant&types=formation&publics=tous-publics&publics=jeunes");
        assertThat(ids(page)).containsExactly(id("code-route-evry"));
        assertThat(counts(page.get("facets").get("frais"))).containsEntry("payant", 1L).containsEntry("gratuit", 1L);
        assertThat(counts(page.get("facets").get("types"))).containsEntry("formation", 1L).containsEntry("atelier", 1L);
        assertThat(counts(page.get("facets").get("sources"))).containsEntry(SOURCE, 1L).hasSizeGreaterThan(1);
    }

    private static Map<String, Long> counts(JsonNode facet) {
        Map<String, Long> counts = new HashMap<>();
        facet.fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asLong()));
        return counts;
    }

    /** Counts over the suite's published offers that the condition (" and …") keeps. */
    private Map<String, Long> database(String sql, String condition) {
        return databaseWhere(sql, "o.source = '" + SOURCE + "' and " + PUBLIC + condition);
    }

    /** Public offers: published, of a structure validated by its manager (twin of OfferRepository). */
    private static final String PUBLIC = "o.status = 'publiee'"
            + " and o.structure_id in (select id from structure where moderation_status = 'validee')";

    private Map<String, Long> databaseWhere(String sql, String where) {
        return transactions.executeRead(status -> jdbc.prepareStatement(sql.formatted(where), ps -> {
            Map<String, Long> counts = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
            return counts;
        }));
    }

    private long count(String condition) {
        return database("select 'all', count(*) from offer o where %s group by 1", condition).getOrDefault("all", 0L);
    }

    @Test
    void pagesAreStableAndComplete() {
        JsonNode all = search("sort=date_maj&size=100");
        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= 10; page++) {
            JsonNode one = search("sort=date_maj&size=4&page=" + page);
            assertThat(one.get("total").asLong()).isEqualTo(all.get("total").asLong());
            paged.addAll(ids(one));
        }
        assertThat(paged).doesNotHaveDuplicates().isEqualTo(ids(all).subList(0, Math.min(40, ids(all).size())));
    }

    @Test
    void filtersNarrowTheResults() {
        assertThat(ids(search("frais=payant&size=100")))
                .containsExactlyInAnyOrder(id("code-route-evry"), id("creche-commune-centre"));
        assertThat(ids(search("siae=aci"))).containsExactly(id("chantier-melun"));
        assertThat(ids(search("famille=garde-enfants&size=100"))).contains(id("creche-melun"))
                .doesNotContain(id("cv-melun"));
        assertThat(ids(search("places=true&size=100"))).contains(id("creche-melun"))
                .doesNotContain(id("complet-melun"));
        assertThat(ids(search("thematiques=famille&size=100"))).contains(id("creche-melun"))
                .doesNotContain(id("asl-melun"));
    }

    // --- Errors ----------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"thematiques=inconnue", "distance=-5", "distance=abc", "sort=distance", "sort=hasard",
            "lat=48.5", "lat=123&lon=2", "famille=inconnue", "siae=XYZ", "page=0", "size=5000",
            "code_commune=7728", "code_departement=7", "frais=cher"})
    void badValuesAreRefused(String parameters) {
        assertThatThrownBy(() -> search(parameters)).isInstanceOfSatisfying(HttpClientResponseException.class,
                e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode()));
    }

    @Test
    void anUnknownCommuneIsNotFound() {
        assertThatThrownBy(() -> search("code_commune=99999")).isInstanceOfSatisfying(
                HttpClientResponseException.class, e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode()));
    }

    // --- Consistency -------------------------------------------------------------------------------

    @Test
    void aWriteIsSearchableWithinASecond() {
        String offerId = id("write-" + backend());
        fixtures.insert(offer(offerId, SearchFixtures.MELUN_STRUCTURE).nom("Jardin partagé Zéphyrine " + backend())
                .dateMaj(LocalDate.of(2026, 1, 1)).build());
        await(Duration.ofSeconds(1), () -> ids(search(q("Zéphyrine"))).contains(offerId), "the new offer");

        fixtures.rename(offerId, "Potager solidaire Zéphyrin " + backend());
        await(Duration.ofSeconds(1), () -> ids(search(q("potager"))).contains(offerId), "the renamed offer");

        fixtures.archive(offerId);
        await(Duration.ofSeconds(1), () -> !ids(search(q("potager"))).contains(offerId), "the archived offer to go");
    }

    @Test
    void healthShowsTheIndexingLag() throws Exception {
        try {
            http.toBlocking().retrieve(HttpRequest.GET("/health"), String.class);
        } catch (HttpClientResponseException e) {
            throw new AssertionError(e.getResponse().getBody(String.class).orElse("?"), e);
        }
        JsonNode health = json.readTree(http.toBlocking().retrieve(HttpRequest.GET("/health"), String.class));
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("indexing").get("pending").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(health.get("indexing").has("oldest_age_seconds")).isTrue();
    }

    @Test
    void aRebuildIndexesExactlyThePublishedOffers() {
        long published = transactions.executeRead(status -> jdbc.prepareStatement(
                "select count(*) from offer o where " + PUBLIC
                        // One document per duplicate cluster: its other members are not indexed.
                        + " and not exists (select 1 from duplicate_member m"
                        + " where m.offer_id = o.id and m.representative_id <> o.id)", ps -> {
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                }));
        IndexRebuilder.Result result = rebuilder.rebuild("test");
        assertThat(result.indexed()).isEqualTo(published);
        assertThat(ids(search(q("crèche")))).contains(id("creche-melun"));
    }

    @Test
    void writesSucceedWhileTheBackendIsDownAndTheIndexCatchesUp() {
        org.junit.jupiter.api.Assumptions.assumeTrue(stopBackend(), "the embedded Lucene index cannot be down");
        String offerId = id("down-" + backend());
        try {
            fixtures.insert(offer(offerId, SearchFixtures.MELUN_STRUCTURE).nom("Repair café Orthézien " + backend())
                    .build());
            assertThat(outbox.lag().pending()).isGreaterThanOrEqualTo(1);
            assertThatThrownBy(() -> search(q("Orthézien"))).isInstanceOfSatisfying(
                    HttpClientResponseException.class,
                    e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE.getCode()));
        } finally {
            startBackend();
        }
        await(Duration.ofSeconds(60), () -> {
            try {
                return ids(search(q("Orthézien"))).contains(offerId);
            } catch (HttpClientResponseException e) {
                return false;
            }
        }, "the index to catch up");
        awaitIndexed();
    }

    static void await(Duration deadline, java.util.function.BooleanSupplier condition, String what) {
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("Waited " + deadline.toMillis() + " ms for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
