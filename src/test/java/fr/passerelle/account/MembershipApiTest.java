package fr.passerelle.account;

import fr.passerelle.support.Api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/** Join requests: only the structure's admins decide. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MembershipApiTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Given given;
    @Inject
    AccountService accounts;

    private Api api;
    private String structure;
    private String admin;
    private String member;

    @BeforeAll
    void setUp() {
        api = new Api(http);
        structure = given.structure("Atelier chantier d'insertion");
        admin = given.operator(structure, MembershipRole.ADMIN);
        member = given.operator(structure, MembershipRole.MEMBRE);
    }

    private Api.Answer accept(String candidate, String asUsername) {
        String token = asUsername == null ? null : api.token(asUsername, Given.PASSWORD);
        return api.send(Api.as(HttpRequest.POST("/api/v1/structures/" + structure + "/membres/" + candidate
                + "/accepter", ""), token));
    }

    @Test
    void theStructuresAdminAcceptsAJoinRequestAndTheNewMemberCanEditIt() {
        String candidate = given.joinRequest(structure);
        assertThat(accounts.canEditStructure(given.ref(candidate), structure)).isFalse();

        Api.Answer answer = accept(candidate, admin);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("statut").asText()).isEqualTo("active");
        assertThat(answer.json().get("role").asText()).isEqualTo("membre");
        assertThat(accounts.canEditStructure(given.ref(candidate), structure)).isTrue();
        assertThat(accounts.structureIdsOf(given.ref(candidate))).containsExactly(structure);
    }

    @Test
    void aMemberWhoIsNotAdminCannotAccept() {
        String candidate = given.joinRequest(structure);

        accept(candidate, member).isProblem(403);

        assertThat(accounts.canEditStructure(given.ref(candidate), structure)).isFalse();
    }

    @Test
    void theAdminOfAnotherStructureCannotAccept() {
        String otherAdmin = given.operator(given.structure("Autre structure"), MembershipRole.ADMIN);
        String candidate = given.joinRequest(structure);

        accept(candidate, otherAdmin).isProblem(403);
    }

    @Test
    void aVisitorIsAskedToLogIn() {
        accept(given.joinRequest(structure), null).isProblem(401);
    }

    @Test
    void aTerritoryManagerDoesNotDecideForAStructureThatHasAnAdmin() {
        accept(given.joinRequest(structure), given.manager("77")).isProblem(403);
    }

    @Test
    void theFirstMemberOfAStructureNobodyAdministersIsAcceptedByItsManagerAndBecomesAdmin() {
        String orphan = given.structure("Structure importée sans administrateur");
        String candidate = given.joinRequest(orphan);

        api.send(HttpRequest.POST("/api/v1/structures/" + orphan + "/membres/" + candidate + "/accepter", "")
                .bearerAuth(api.token(given.manager("91"), Given.PASSWORD))).isProblem(403);
        Api.Answer answer = api.send(HttpRequest.POST("/api/v1/structures/" + orphan + "/membres/" + candidate
                + "/accepter", "").bearerAuth(api.token(given.manager("77"), Given.PASSWORD)));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("role").asText()).isEqualTo("admin");
        assertThat(accounts.canAdministerStructure(given.ref(candidate), orphan)).isTrue();
    }

    @Test
    void acceptingSomeoneWhoDidNotAskIsNotFound() {
        accept(given.account(Role.OPERATEUR), admin).isProblem(404);
        accept("personne", admin).isProblem(404);
    }

    @Test
    void aRequestIsAcceptedOnce() {
        String candidate = given.joinRequest(structure);
        assertThat(accept(candidate, admin).status()).isEqualTo(200);

        accept(candidate, admin).isProblem(404);
    }

    @Test
    void anOperatorAlreadySignedUpAsksToJoinAndTheAdminSeesTheRequest() {
        String operator = given.operator(given.structure("Première structure"), MembershipRole.ADMIN);

        Api.Answer asked = api.send(HttpRequest.POST("/api/v1/structures/" + structure + "/membres", "")
                .bearerAuth(api.token(operator, Given.PASSWORD)));
        assertThat(asked.status()).as(asked.body()).isEqualTo(202);
        assertThat(asked.json().get("statut").asText()).isEqualTo("requested");

        Api.Answer members = api.send(HttpRequest.GET("/api/v1/structures/" + structure + "/membres")
                .bearerAuth(api.token(admin, Given.PASSWORD)));
        assertThat(members.status()).isEqualTo(200);
        assertThat(members.body()).contains(operator).contains("requested").doesNotContain("@test.example");
    }

    @Test
    void aDisabledAdminLosesTheRightToAccept() {
        String formerAdmin = given.operator(structure, MembershipRole.ADMIN);
        String token = api.token(formerAdmin, Given.PASSWORD);
        given.disable(formerAdmin);

        api.send(HttpRequest.POST("/api/v1/structures/" + structure + "/membres/" + given.joinRequest(structure)
                + "/accepter", "").bearerAuth(token)).isProblem(403);
    }
}
