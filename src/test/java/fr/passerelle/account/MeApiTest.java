package fr.passerelle.account;

import fr.passerelle.support.Api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/v1/me for every demo account, as a demonstration would use them. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeApiTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Given given;
    @Inject
    AccountService accounts;

    private Api api;

    @BeforeAll
    void setUp() {
        api = new Api(http);
        given.demoAccounts();
    }

    private JsonNode me(String username) {
        Api.Answer answer = api.send(HttpRequest.GET("/api/v1/me").bearerAuth(api.token(username, "demo")));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).doesNotContain("@demo.passerelle.invalid").doesNotContain("argon2")
                .doesNotContain("password");
        return answer.json();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"admin, ADMINISTRATEUR", "gestionnaire77, GESTIONNAIRE", "operateur1, OPERATEUR",
            "operateur2, OPERATEUR", "referent1, REFERENT", "beneficiaire1, BENEFICIAIRE"})
    void everyDemoAccountLogsInWithTheDemoPasswordAndSeesItsRole(String username, String role) {
        JsonNode me = me(username);

        assertThat(me.get("username").asText()).isEqualTo(username);
        assertThat(me.get("role").asText()).isEqualTo(role);
        assertThat(texts(me.get("roles"))).containsExactly(role);
        assertThat(me.get("nom").asText()).contains("(démo)");
    }

    @Test
    void operateur1AdministersTheDemoStructureInMelun() {
        JsonNode structures = me("operateur1").get("structures");

        assertThat(structures).hasSize(1);
        assertThat(structures.get(0).get("role").asText()).isEqualTo("admin");
        String id = structures.get(0).get("id").asText();
        JsonNode structure = api.send(HttpRequest.GET("/api/v1/structures/" + id)).json();
        assertThat(structure.get("code_insee").asText()).isEqualTo("77288");
        assertThat(structure.get("nom").asText()).isEqualTo(structures.get(0).get("nom").asText());
    }

    @Test
    void operateur2IsAMemberOfAnotherStructure() {
        JsonNode structures = me("operateur2").get("structures");

        assertThat(structures).hasSize(1);
        assertThat(structures.get(0).get("role").asText()).isEqualTo("membre");
        assertThat(structures.get(0).get("id").asText())
                .isNotEqualTo(me("operateur1").get("structures").get(0).get("id").asText());
    }

    @Test
    void gestionnaire77ManagesSeineEtMarneOnly() {
        JsonNode me = me("gestionnaire77");

        assertThat(texts(me.get("departements"))).containsExactly("77");
        assertThat(me.get("structures")).isEmpty();
        AccountRef ref = given.ref("gestionnaire77");
        assertThat(accounts.managesDepartement(ref, "77")).isTrue();
        assertThat(accounts.managesDepartement(ref, "91")).isFalse();
    }

    @Test
    void referent1FollowsBeneficiaire1AndAFewOthers() {
        AccountRef referent = given.ref("referent1");

        assertThat(accounts.follows(referent, given.ref("beneficiaire1"))).isTrue();
        assertThat(accounts.caseloadOf(referent)).hasSizeGreaterThanOrEqualTo(3);
        assertThat(accounts.follows(given.ref("admin"), given.ref("beneficiaire1")))
                .as("only referents have a caseload").isFalse();
        assertThat(me("referent1").get("structures")).isEmpty();
    }

    @Test
    void theAdministratorEditsAnyStructureAndManagesEveryDepartement() {
        AccountRef admin = given.ref("admin");
        String operateur1Structure = me("operateur1").get("structures").get(0).get("id").asText();

        assertThat(accounts.canEditStructure(admin, operateur1Structure)).isTrue();
        assertThat(accounts.managesDepartement(admin, "2A")).isTrue();
        assertThat(accounts.canEditStructure(given.ref("operateur1"), operateur1Structure)).isTrue();
        assertThat(accounts.canEditStructure(given.ref("operateur2"), operateur1Structure)).isFalse();
        assertThat(accounts.canEditStructure(given.ref("gestionnaire77"), operateur1Structure)).isFalse();
        assertThat(accounts.canModerateStructure(given.ref("gestionnaire77"), operateur1Structure)).isTrue();
        assertThat(accounts.structureIdsOf(given.ref("operateur1"))).containsExactly(operateur1Structure);
    }
}
