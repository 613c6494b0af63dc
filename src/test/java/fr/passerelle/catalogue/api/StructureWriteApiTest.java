package fr.passerelle.catalogue.api;

import com.fasterxml.jackson.databind.JsonNode;
import fr.passerelle.account.Given;
import fr.passerelle.account.MembershipRole;
import fr.passerelle.account.Role;
import fr.passerelle.support.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StructureWriteApiTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Given given;

    private Api api;
    /** An operator, made a member of each structure a test writes to. */
    private String owner;
    private String operator;

    @BeforeAll
    void setUp() {
        api = new Api(http);
        owner = given.account(Role.OPERATEUR);
        operator = api.token(owner, Given.PASSWORD);
    }

    private String structureWithOperator() {
        String structure = given.structure("Maison de l'emploi de test");
        given.member(owner, structure, MembershipRole.ADMIN);
        return structure;
    }

    private Api.Answer patch(String id, Map<String, Object> body) {
        return api.send(Api.as(HttpRequest.PATCH("/api/v1/structures/" + id, body), operator));
    }

    private JsonNode stored(String id) {
        return api.send(Api.as(HttpRequest.GET("/api/v1/structures/" + id), operator)).json();
    }

    private static Map<String, Object> versioned(int version, Object... pairs) {
        Map<String, Object> body = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        body.put("passerelle", Map.of("version", version));
        return body;
    }

    @Test
    void anOperatorPatchesHisStructureWhichBumpsTheVersionAndIsRecorded() {
        String id = structureWithOperator();
        Api.Answer answer = patch(id, versioned(1, "telephone", "01 60 00 00 42",
                "horaires_accueil", "Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00", "site_web", null));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode body = answer.json();
        assertThat(body.get("telephone").asText()).isEqualTo("01 60 00 00 42");
        assertThat(body.get("site_web").isNull()).isTrue();
        assertThat(body.get("nom").asText()).isEqualTo("Maison de l'emploi de test");
        assertThat(body.get("date_maj").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(body.get("passerelle").get("version").asInt()).isEqualTo(2);
        assertThat(body.get("passerelle").get("statut_moderation").asText()).isEqualTo("validee");
        JsonNode history = api.send(Api.as(HttpRequest.GET("/api/v1/structures/" + id + "/historique"), operator))
                .json().get("items");
        assertThat(history.get(0).get("action").asText()).isEqualTo("modification");
        assertThat(history.get(0).get("champs").toString()).contains("\"champ\":\"telephone\"")
                .contains("\"champ\":\"site_web\"").doesNotContain("date_maj");
        long outbox = given.sql("select count(*) from outbox where aggregate_type = 'structure' and aggregate_id = ?",
                ps -> {
                    ps.setString(1, id);
                    try (var rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
        // The indexer may already have consumed it; the history proves the write, the row may be gone.
        assertThat(outbox).isBetween(0L, 1L);
    }

    @Test
    void aPatchBasedOnAnOlderVersionIsRefusedWith409AndOverwritesNothing() {
        String id = structureWithOperator();
        assertThat(patch(id, versioned(1, "description", "Première modification, par Alice.")).status()).isEqualTo(200);

        Api.Answer late = patch(id, versioned(1, "description", "Seconde modification, par Bob."));

        late.isProblem(409);
        assertThat(late.json().get("detail").asText()).contains("modifiée entre-temps");
        JsonNode now = stored(id);
        assertThat(now.get("description").asText()).isEqualTo("Première modification, par Alice.");
        assertThat(now.get("passerelle").get("version").asInt()).isEqualTo(2);
    }

    @Test
    void aPatchWithoutVersionIsA400() {
        String id = structureWithOperator();
        Api.Answer answer = patch(id, Map.of("description", "Sans version."));
        answer.isProblem(400);
        assertThat(answer.json().get("errors").get(0).get("champ").asText()).isEqualTo("passerelle.version");
    }

    @Test
    void theModerationStatusAndIdentityAreNotTheOperatorsToChange() {
        String id = given.pendingStructure("Structure en attente qui voudrait se valider");
        given.member(owner, id, MembershipRole.ADMIN);
        Api.Answer answer = patch(id, Map.of("id", "autre--id", "source", "autre",
                "passerelle", Map.of("version", 1, "statut_moderation", "validee")));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("id").asText()).isEqualTo(id);
        assertThat(answer.json().get("passerelle").get("statut_moderation").asText()).isEqualTo("en_attente");
    }

    static Stream<Arguments> invalidInputs() {
        return Stream.of(
                Arguments.of("nom", Map.of("nom", "AB"), 422),
                Arguments.of("nom", Map.of("nom", "N".repeat(151)), 422),
                Arguments.of("siret", Map.of("siret", "123 456 789"), 422),
                Arguments.of("courriel", Map.of("courriel", "pas-une-adresse"), 422),
                Arguments.of("site_web", Map.of("site_web", "www.sans-protocole.fr"), 422),
                Arguments.of("code_postal", Map.of("code_postal", "7700"), 422),
                Arguments.of("code_insee", Map.of("code_insee", "99999"), 422),
                Arguments.of("horaires_accueil", Map.of("horaires_accueil", "du lundi au vendredi, 9h-17h"), 422),
                Arguments.of("horaires_accueil", Map.of("horaires_accueil", "Mo-Fr 09:00-"), 422),
                Arguments.of("reseaux_porteurs", Map.of("reseaux_porteurs", List.of("reseau-inconnu")), 422),
                Arguments.of("body", Map.of("reseaux_porteurs", "pas une liste"), 400));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidInputs")
    void invalidInputIsRefusedWithTheFieldAndAFrenchMessageAndNeverChangesData(String field, Map<String, Object> change,
                                                                             int status) {
        String id = structureWithOperator();
        JsonNode before = stored(id);
        Map<String, Object> body = new HashMap<>(change);
        body.put("telephone", "01 99 99 99 99");
        body.put("passerelle", Map.of("version", 1));

        Api.Answer answer = patch(id, body);

        answer.isProblem(status);
        assertThat(answer.json().get("errors").findValuesAsText("champ")).contains(field);
        assertThat(answer.json().get("errors").findValuesAsText("message")).allSatisfy(m -> assertThat(m).isNotBlank());
        assertThat(stored(id)).isEqualTo(before);
    }

    @Test
    void onlyTheStructuresOperatorsAndAdministratorsMayPatchIt() {
        String id = structureWithOperator();
        String stranger = api.token(given.operator(given.structure("Une autre structure"), MembershipRole.ADMIN),
                Given.PASSWORD);
        String manager = api.token(given.manager("77"), Given.PASSWORD);
        String administrator = api.token(given.account(Role.ADMINISTRATEUR), Given.PASSWORD);
        Map<String, Object> body = versioned(1, "telephone", "01 60 00 00 43");

        api.send(Api.as(HttpRequest.PATCH("/api/v1/structures/" + id, body), stranger)).isProblem(403);
        api.send(Api.as(HttpRequest.PATCH("/api/v1/structures/" + id, body), manager)).isProblem(403);
        api.send(HttpRequest.PATCH("/api/v1/structures/" + id, body)).isProblem(401);
        assertThat(api.send(Api.as(HttpRequest.PATCH("/api/v1/structures/" + id, body), administrator)).status())
                .isEqualTo(200);
    }

    @Test
    void aStructureAwaitingModerationIsShownToItsOperatorsAndManagersOnly() {
        String id = given.pendingStructure("Structure en attente de lecture");
        given.member(owner, id, MembershipRole.MEMBRE);
        String manager91 = api.token(given.manager("91"), Given.PASSWORD);
        String manager77 = api.token(given.manager("77"), Given.PASSWORD);

        assertThat(api.send(HttpRequest.GET("/api/v1/structures/" + id)).status()).isEqualTo(404);
        assertThat(api.send(Api.as(HttpRequest.GET("/api/v1/structures/" + id), manager91)).status()).isEqualTo(404);
        assertThat(api.send(Api.as(HttpRequest.GET("/api/v1/structures/" + id), manager77)).status()).isEqualTo(200);
        assertThat(stored(id).get("passerelle").get("statut_moderation").asText()).isEqualTo("en_attente");
    }
}
