package fr.passerelle.interop.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import fr.passerelle.account.Given;
import fr.passerelle.account.Role;
import fr.passerelle.support.Api;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.Map;

import static fr.passerelle.interop.dedup.DuplicateWorld.LATITUDE;
import static fr.passerelle.interop.dedup.DuplicateWorld.LONGITUDE;
import static fr.passerelle.interop.dedup.DuplicateWorld.near;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The duplicates through the API: a crafted pair is one search hit with « aussi référencé par »,
 * the member comes back when split; admins list, merge and split; refusals are French problems.
 */
@MicronautTest(transactional = false)
// Signing in hashes passwords (Argon2): slow on a busy two-core machine.
@Property(name = "micronaut.http.client.read-timeout", value = "60s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DuplicateApiTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Given given;
    @Inject
    DuplicateWorld world;

    private Api api;
    private String admin;
    private String manager;
    private final String sourceA = DuplicateWorld.source("api-a");
    private final String sourceB = DuplicateWorld.source("api-b");

    @BeforeAll
    void signIn() {
        api = new Api(http);
        admin = api.token(given.account(Role.ADMINISTRATEUR), Given.PASSWORD);
        manager = api.token(given.manager("48"), Given.PASSWORD);
    }

    @AfterAll
    void putTheOtherTestsWorldBack() {
        world.forgetClusters();
    }

    @Test
    void aDuplicatePairIsOneSearchHitThatNamesTheOtherSource() throws InterruptedException {
        String word = "Zephyrin" + Given.unique("").replaceAll("[^0-9]", "");
        String older = world.offer(world.structure(sourceA, DuplicateWorld.siret(), "Lozère Mobilité"),
                "Garage solidaire " + word, near(LATITUDE + 0.5, LONGITUDE, 0, 0), "04 66 11 11 11",
                LocalDate.of(2026, 9, 1));
        String newer = world.offer(world.structure(sourceB, DuplicateWorld.siret(), "Mobilité 48"),
                "Garage Solidaire " + word, near(LATITUDE + 0.5, LONGITUDE, 40, 0), "04 66 22 22 22",
                LocalDate.of(2026, 11, 1));
        String search = "q=" + word + "&sources=" + sourceA + "&sources=" + sourceB;
        assertThat(api.searchEventually(search, page -> page.get("total").asInt() == 2))
                .as("both offers are found before detection").isTrue();

        Api.Answer detected = api.send(Api.as(HttpRequest.POST("/api/v1/doublons/detection", ""), admin));
        assertThat(detected.status()).as(detected.body()).isEqualTo(200);

        assertThat(api.searchEventually(search, page -> page.get("total").asInt() == 1
                && Api.hitsContain(page, newer))).as("one hit, the most recently updated").isTrue();
        JsonNode hit = api.send(HttpRequest.GET("/api/v1/search/services?" + search)).json().get("items").get(0);
        JsonNode also = hit.get("aussi_reference_par");
        assertThat(also).hasSize(1);
        assertThat(also.get(0).get("service_id").asText()).isEqualTo(older);
        assertThat(also.get(0).get("source").asText()).isEqualTo(sourceA);
        assertThat(also.get(0).get("structure").asText()).isEqualTo("Lozère Mobilité");

        JsonNode cluster = clusterOf(newer);
        assertThat(cluster.get("service_principal_id").asText()).isEqualTo(newer);
        JsonNode member = cluster.get("services").get(1);
        assertThat(member.get("id").asText()).isEqualTo(older);
        assertThat(member.get("principal").asBoolean()).isFalse();
        assertThat(member.get("motifs").get(0).get("code").asText()).isEqualTo("proches-nom");
        assertThat(member.get("motifs").get(0).get("libelle").asText()).isEqualTo("À moins de 150 m et noms proches");

        Api.Answer split = api.send(Api.as(HttpRequest.POST("/api/v1/doublons/separations",
                Map.of("service_id", older)), admin));
        assertThat(split.status()).as(split.body()).isEqualTo(200);
        assertThat(api.searchEventually(search, page -> page.get("total").asInt() == 2))
                .as("split, the member is a hit of its own again").isTrue();

        Api.Answer merged = api.send(Api.as(HttpRequest.POST("/api/v1/doublons/regroupements",
                Map.of("service_id", older, "autre_service_id", newer)), admin));
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(api.searchEventually(search, page -> page.get("total").asInt() == 1)).isTrue();
        api.send(Api.as(HttpRequest.POST("/api/v1/doublons/regroupements",
                Map.of("service_id", older, "autre_service_id", newer)), admin)).isProblem(409);
    }

    @Test
    void badDecisionsAreFrenchProblems() {
        String alone = world.offer(world.structure(sourceA, DuplicateWorld.siret(), "Structure seule"),
                "Offre sans double API", near(LATITUDE + 0.6, LONGITUDE, 0, 0), "04 66 33 33 33",
                LocalDate.of(2026, 9, 1));
        api.send(Api.as(HttpRequest.POST("/api/v1/doublons/regroupements", Map.of("service_id", alone)), admin))
                .isProblem(400);
        api.send(Api.as(HttpRequest.POST("/api/v1/doublons/regroupements",
                Map.of("service_id", alone, "autre_service_id", alone)), admin)).isProblem(422);
        Api.Answer unknown = api.send(Api.as(HttpRequest.POST("/api/v1/doublons/regroupements",
                Map.of("service_id", alone, "autre_service_id", "inconnue--42")), admin)).isProblem(404);
        assertThat(unknown.json().get("detail").asText()).contains("inconnue--42").contains("introuvable");
        Api.Answer notGrouped = api.send(Api.as(HttpRequest.POST("/api/v1/doublons/separations",
                Map.of("service_id", alone)), admin)).isProblem(409);
        assertThat(notGrouped.json().get("detail").asText()).isEqualTo("Cette offre n'est regroupée avec aucune autre.");
        api.send(Api.as(HttpRequest.GET("/api/v1/doublons?page=0"), admin)).isProblem(400);
    }

    @Test
    void onlyAdministratorsSeeOrChangeClusters() {
        assertThat(api.send(HttpRequest.GET("/api/v1/doublons")).status()).isEqualTo(401);
        api.send(Api.as(HttpRequest.GET("/api/v1/doublons"), manager)).isProblem(403);
        api.send(Api.as(HttpRequest.POST("/api/v1/doublons/detection", ""), manager)).isProblem(403);
        assertThat(api.send(HttpRequest.POST("/api/v1/doublons/detection", "")).status()).isEqualTo(401);
        Api.Answer list = api.send(Api.as(HttpRequest.GET("/api/v1/doublons?size=2"), admin));
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().get("size").asInt()).isEqualTo(2);
    }

    /** Pages through GET /api/v1/doublons until the cluster of the offer. */
    private JsonNode clusterOf(String offerId) {
        for (int page = 1; page < 100; page++) {
            JsonNode answer = api.send(Api.as(HttpRequest.GET("/api/v1/doublons?size=100&page=" + page), admin)).json();
            for (JsonNode cluster : answer.get("items")) {
                for (JsonNode member : cluster.get("services")) {
                    if (member.get("id").asText().equals(offerId)) {
                        return cluster;
                    }
                }
            }
            if (answer.get("items").isEmpty()) {
                break;
            }
        }
        throw new AssertionError("No cluster holds " + offerId);
    }
}
