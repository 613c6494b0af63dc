package fr.passerelle.catalogue.api;

import com.fasterxml.jackson.databind.JsonNode;
import fr.passerelle.account.Given;
import fr.passerelle.account.MembershipRole;
import fr.passerelle.catalogue.OfferEditor;
import fr.passerelle.support.Api;
import fr.passerelle.support.DataInclusionSchemas;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfferWriteApiTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Given given;
    @Inject
    OfferEditor editor;

    private Api api;
    private String structure;
    private String operator;

    @BeforeAll
    void setUp() {
        api = new Api(http);
        structure = given.structure("Structure des écritures");
        operator = api.token(given.operator(structure, MembershipRole.ADMIN), Given.PASSWORD);
    }

    private Api.Answer send(MutableHttpRequest<?> request) {
        return api.send(Api.as(request, operator));
    }

    private Map<String, Object> newOffer(String nom) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("structure_id", structure);
        body.put("nom", nom);
        body.put("description", "Un accompagnement pour passer le permis B, avec un moniteur patient.");
        body.put("type", "accompagnement");
        body.put("thematiques", List.of("mobilite--preparer-un-permis"));
        body.put("code_insee", "77288");
        body.put("code_postal", "77000");
        body.put("commune", "Melun");
        body.put("latitude", 48.54);
        body.put("longitude", 2.66);
        body.put("modes_accueil", List.of("en-presentiel"));
        return body;
    }

    private JsonNode create(String nom) {
        Api.Answer created = send(HttpRequest.POST("/api/v1/services", newOffer(nom)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private Api.Answer patch(String id, Map<String, Object> changes) {
        return send(HttpRequest.PATCH("/api/v1/services/" + id, changes));
    }

    private JsonNode stored(String id) {
        return send(HttpRequest.GET("/api/v1/services/" + id)).json();
    }

    private boolean searchEventually(String text, Predicate<JsonNode> expectation) throws InterruptedException {
        return api.searchEventually("sources=passerelle&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8), expectation);
    }

    private static boolean contains(JsonNode page, String id) {
        return Api.hitsContain(page, id);
    }

    @Test
    void anOperatorCreatesAnOfferThatIsValidPublicAndSearchable() throws Exception {
        JsonNode offer = create("Permis solidaire Zébulon");
        DataInclusionSchemas.assertValidService(offer);
        String id = offer.get("id").asText();
        assertThat(id).startsWith("passerelle--");
        assertThat(offer.get("date_maj").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(offer.get("passerelle").get("version").asInt()).isEqualTo(1);
        assertThat(api.send(HttpRequest.GET("/api/v1/services/" + id)).status()).isEqualTo(200);
        assertThat(searchEventually("zebulon", page -> contains(page, id))).isTrue();
        JsonNode history = send(HttpRequest.GET("/api/v1/services/" + id + "/historique")).json();
        assertThat(history.get("items").get(0).get("action").asText()).isEqualTo("creation");
    }

    @Test
    void aPatchChangesOnlyWhatItNamesBumpsTheVersionAndIsRecorded() throws Exception {
        String id = create("Permis accompagné Rosalie").get("id").asText();
        Api.Answer answer = patch(id, Map.of("nom", "Permis accompagné Capucine", "passerelle", Map.of("version", 1)));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("nom").asText()).isEqualTo("Permis accompagné Capucine");
        assertThat(answer.json().get("thematiques").get(0).asText()).isEqualTo("mobilite--preparer-un-permis");
        assertThat(answer.json().get("passerelle").get("version").asInt()).isEqualTo(2);
        JsonNode change = send(HttpRequest.GET("/api/v1/services/" + id + "/historique")).json().get("items").get(0);
        assertThat(change.get("action").asText()).isEqualTo("modification");
        assertThat(change.get("champs").toString()).contains("\"champ\":\"nom\"")
                .contains("Permis accompagné Rosalie").contains("Permis accompagné Capucine");
        assertThat(searchEventually("capucine", page -> contains(page, id))).isTrue();
    }

    @Test
    void theSecondOfTwoConcurrentWritersGetsAConflictAndOverwritesNothing() {
        String id = create("Atelier code de la route Hortense").get("id").asText();
        assertThat(patch(id, Map.of("nom", "Premier écrivain", "passerelle", Map.of("version", 1))).status())
                .isEqualTo(200);
        patch(id, Map.of("nom", "Second écrivain", "passerelle", Map.of("version", 1))).isProblem(409);
        assertThat(stored(id).get("nom").asText()).isEqualTo("Premier écrivain");
        assertThat(stored(id).get("passerelle").get("version").asInt()).isEqualTo(2);
    }

    @Test
    void invalidInputIsRefusedWithTheFieldAndChangesNothing() {
        String id = create("Atelier mobilité Léonie").get("id").asText();
        Api.Answer unknown = patch(id, Map.of("thematiques", List.of("mobilite--voler"), "passerelle", Map.of("version", 1)))
                .isProblem(422);
        assertThat(unknown.json().get("errors").get(0).get("champ").asText()).isEqualTo("thematiques");
        patch(id, Map.of("nombre_semaines", "beaucoup", "passerelle", Map.of("version", 1))).isProblem(400);
        patch(id, Map.of("nom", "Sans version")).isProblem(400);
        Map<String, Object> places = Map.of("passerelle", Map.of("version", 1, "sessions", List.of(Map.of(
                "startsOn", "2027-01-10", "capacity", 5, "placesLeft", 9, "waitingList", false))));
        patch(id, places).isProblem(422);
        send(HttpRequest.POST("/api/v1/services", Map.of("nom", "Sans structure"))).isProblem(422);
        JsonNode after = stored(id);
        assertThat(after.get("nom").asText()).isEqualTo("Atelier mobilité Léonie");
        assertThat(after.get("passerelle").get("version").asInt()).isEqualTo(1);
        assertThat(after.get("passerelle").get("sessions").size()).isZero();
    }

    @Test
    void aSuspendedOfferLeavesSearchAndComesBackOnItsDate() throws Exception {
        String id = create("Garage solidaire Anatole").get("id").asText();
        assertThat(searchEventually("anatole", page -> contains(page, id))).isTrue();
        Api.Answer suspended = patch(id, Map.of("passerelle", Map.of("version", 1, "statut", "suspendue",
                "suspendue_jusqu_au", LocalDate.now().toString())));
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        assertThat(searchEventually("anatole", page -> !contains(page, id))).isTrue();
        assertThat(api.send(HttpRequest.GET("/api/v1/services/" + id)).status()).isEqualTo(404);

        assertThat(editor.endSuspensions()).isGreaterThanOrEqualTo(1);

        assertThat(searchEventually("anatole", page -> contains(page, id))).isTrue();
        assertThat(stored(id).get("passerelle").get("statut").asText()).isEqualTo("publiee");
    }

    @Test
    void anArchivedOfferCannotBePublishedDirectly() {
        String id = create("Location de scooters Marcel").get("id").asText();
        assertThat(patch(id, Map.of("passerelle", Map.of("version", 1, "statut", "archivee"))).status()).isEqualTo(200);
        patch(id, Map.of("passerelle", Map.of("version", 2, "statut", "publiee"))).isProblem(409);
    }

    @Test
    void markingAsUpToDateRecordsWhoAndWhen() {
        String id = create("Conseil en mobilité Suzanne").get("id").asText();
        JsonNode verified = send(HttpRequest.POST("/api/v1/services/" + id + "/verification", "")).json();
        assertThat(verified.get("passerelle").get("verifie_le").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(verified.get("passerelle").get("verifie_par").asText()).isNotBlank();
    }

    @Test
    void aDuplicateIsADraftWithFreshPlaces() {
        Map<String, Object> body = newOffer("Formation cariste Gaspard");
        body.put("passerelle", Map.of("version", 1, "statut", "publiee", "frequence_maj_mois", 6,
                "regle_acces", "validation", "sessions", List.of(Map.of("startsOn", "2027-03-01", "capacity", 10,
                        "placesLeft", 2, "waitingList", false))));
        Api.Answer created = send(HttpRequest.POST("/api/v1/services", body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        Api.Answer copy = send(HttpRequest.POST("/api/v1/services/" + id + "/duplication", ""));
        assertThat(copy.status()).as(copy.body()).isEqualTo(201);
        assertThat(copy.json().get("nom").asText()).isEqualTo("Formation cariste Gaspard (copie)");
        assertThat(copy.json().get("passerelle").get("statut").asText()).isEqualTo("brouillon");
        assertThat(copy.json().get("passerelle").get("regle_acces").asText()).isEqualTo("validation");
        assertThat(copy.json().get("passerelle").get("sessions").get(0).get("placesLeft").asInt()).isEqualTo(10);
    }
}
