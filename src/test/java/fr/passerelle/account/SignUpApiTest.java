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

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignUpApiTest {

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
    }

    private Map<String, Object> signUp(String profil, String username) {
        Map<String, Object> body = new HashMap<>();
        body.put("profil", profil);
        body.put("username", username);
        body.put("password", Given.PASSWORD);
        body.put("email", username + "@exemple.fr");
        body.put("nom", "Camille " + username);
        return body;
    }

    private Api.Answer post(Map<String, Object> body) {
        return api.send(HttpRequest.POST("/api/v1/auth/inscription", body));
    }

    private long accountsNamed(String username) {
        return given.sql("select count(*) from account where username = ?", ps -> {
            ps.setString(1, username);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void aBeneficiarySignsUpThenLogsIn() {
        String username = Given.unique("camille");

        Api.Answer created = post(signUp("beneficiaire", username));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("role").asText()).isEqualTo("BENEFICIAIRE");
        assertThat(created.body()).doesNotContain("@exemple.fr").doesNotContain(Given.PASSWORD).doesNotContain("argon2");
        String token = api.token(username, Given.PASSWORD);
        assertThat(api.send(HttpRequest.GET("/api/v1/me").bearerAuth(token)).json().get("nom").asText())
                .isEqualTo("Camille " + username);
    }

    @Test
    void aProfessionalAskingToJoinAStructureWaitsForItsAdmins() {
        String structure = given.structure("CCAS de Melun");
        String username = Given.unique("pro");
        Map<String, Object> body = signUp("professionnel", username);
        body.put("structure_id", structure);

        Api.Answer created = post(body);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode me = created.json();
        assertThat(me.get("role").asText()).isEqualTo("OPERATEUR");
        assertThat(me.get("structures")).isEmpty();
        assertThat(me.get("demandes_en_attente").get(0).get("id").asText()).isEqualTo(structure);
        assertThat(accounts.canEditStructure(given.ref(username), structure)).isFalse();
    }

    @Test
    void aProfessionalDeclaringANewStructureAdministersItWhileItAwaitsModeration() {
        String username = Given.unique("pro");
        Map<String, Object> body = signUp("professionnel", username);
        body.put("nouvelle_structure", Map.of("nom", "Garage solidaire du Mée", "siret", "123 456 789 00012",
                "code_insee", "77285", "code_postal", "77350", "commune", "Le Mée-sur-Seine"));

        Api.Answer created = post(body);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode structure = created.json().get("structures").get(0);
        assertThat(structure.get("nom").asText()).isEqualTo("Garage solidaire du Mée");
        assertThat(structure.get("role").asText()).isEqualTo("admin");
        String id = structure.get("id").asText();
        assertThat(id).startsWith("passerelle--");
        String moderation = given.sql("select moderation_status from structure where id = ?", ps -> {
            ps.setString(1, id);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(moderation).isEqualTo("en_attente");
        api.send(HttpRequest.GET("/api/v1/structures/" + id)).isProblem(404);
        assertThat(accounts.canEditStructure(given.ref(username), id)).isTrue();
        assertThat(accounts.canModerateStructure(given.ref(given.manager("77")), id)).isTrue();
        assertThat(accounts.canModerateStructure(given.ref(given.manager("91")), id)).isFalse();
    }

    @Test
    void aWeakPasswordIsRefusedWithAFrenchReason() {
        Map<String, Object> body = signUp("beneficiaire", Given.unique("faible"));
        body.put("password", "motdepasse");

        Api.Answer answer = post(body).isProblem(422);

        assertThat(answer.json().get("detail").asText()).contains("12 caractères");
        assertThat(answer.json().get("errors").get(0).get("champ").asText()).isEqualTo("password");
    }

    @Test
    void aTakenUsernameIsAConflict() {
        String username = given.account(Role.BENEFICIAIRE);

        post(signUp("beneficiaire", username)).isProblem(409);
        post(signUp("beneficiaire", username.toUpperCase())).isProblem(409);
    }

    @Test
    void invalidFieldsAreNamed() {
        Map<String, Object> body = signUp("beneficiaire", "é");
        body.put("email", "pas-une-adresse");
        body.put("nom", " ");

        Api.Answer answer = post(body).isProblem(422);

        assertThat(answer.json().get("errors").findValuesAsText("champ")).containsExactly("username", "email", "nom");
    }

    @Test
    void aProfessionalMustNameOneStructureEitherExistingOrNew() {
        String username = Given.unique("pro");
        post(signUp("professionnel", username)).isProblem(422);

        Map<String, Object> both = signUp("professionnel", username);
        both.put("structure_id", given.structure("Structure"));
        both.put("nouvelle_structure", Map.of("nom", "Autre"));
        post(both).isProblem(422);

        Map<String, Object> beneficiary = signUp("beneficiaire", username);
        beneficiary.put("structure_id", given.structure("Structure"));
        post(beneficiary).isProblem(422);

        assertThat(accountsNamed(username)).isZero();
    }

    @Test
    void joiningAnUnknownOrUnmoderatedStructureLeavesNoAccountBehind() {
        String username = Given.unique("pro");
        Map<String, Object> body = signUp("professionnel", username);
        body.put("structure_id", "inconnue--1");
        post(body).isProblem(404);

        body.put("structure_id", given.pendingStructure("En attente"));
        post(body).isProblem(404);

        assertThat(accountsNamed(username)).isZero();
    }

    @Test
    void anInvalidDeclaredStructureLeavesNoAccountBehind() {
        String username = Given.unique("pro");
        Map<String, Object> body = signUp("professionnel", username);
        body.put("nouvelle_structure", Map.of("nom", "Structure", "siret", "123", "code_insee", "00000"));

        Api.Answer answer = post(body).isProblem(422);

        assertThat(answer.json().get("errors").findValuesAsText("champ")).containsExactly("siret", "code_insee");
        assertThat(accountsNamed(username)).isZero();
    }

    @Test
    void anUnknownProfileIsABadRequest() {
        post(signUp("administrateur", Given.unique("malin"))).isProblem(400);
    }
}
