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

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationApiTest {

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

    @BeforeAll
    void setUp() {
        api = new Api(http);
        structure = given.structure("Auto-école sociale");
        admin = given.operator(structure, MembershipRole.ADMIN);
    }

    private Api.Answer invite(String asUsername, String email) {
        return api.send(HttpRequest.POST("/api/v1/structures/" + structure + "/invitations", Map.of("email", email))
                .bearerAuth(api.token(asUsername, Given.PASSWORD)));
    }

    private String token(String email) {
        Api.Answer answer = invite(admin, email);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("token").asText();
    }

    private Api.Answer acceptAsNewcomer(String token, String username) {
        return api.send(HttpRequest.POST("/api/v1/invitations/" + token + "/accepter",
                Map.of("username", username, "password", Given.PASSWORD, "nom", "Dominique " + username)));
    }

    @Test
    void theAdminGetsAOneTimeLinkValidSevenDaysAndOnlyItsHashIsStored() {
        Api.Answer answer = invite(admin, "collegue@exemple.fr");

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        JsonNode body = answer.json();
        String token = body.get("token").asText();
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertThat(body.get("lien").asText()).endsWith("/invitations/" + token).startsWith("http");
        assertThat(Instant.parse(body.get("expire_le").asText()))
                .isCloseTo(Instant.now().plus(Duration.ofDays(7)), within(Duration.ofMinutes(1)));
        assertThat(answer.body()).doesNotContain("collegue@exemple.fr");
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        long rawTokenRows = given.sql("select count(*) from invitation where token_hash = ?", ps -> {
            ps.setString(1, token);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        assertThat(rawTokenRows).isZero();
    }

    @Test
    void aVisitorAcceptsByCreatingAnOperatorAccountWithTheInvitedAddress() {
        String token = token("nouvelle@exemple.fr");
        String username = Given.unique("invitee");

        Api.Answer answer = acceptAsNewcomer(token, username);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("role").asText()).isEqualTo("OPERATEUR");
        assertThat(answer.json().get("structures").get(0).get("id").asText()).isEqualTo(structure);
        assertThat(answer.json().get("structures").get(0).get("role").asText()).isEqualTo("membre");
        assertThat(accounts.canEditStructure(given.ref(username), structure)).isTrue();
        String email = given.sql("select email from account where username = ?", ps -> {
            ps.setString(1, username);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(email).isEqualTo("nouvelle@exemple.fr");
    }

    @Test
    void aSignedInOperatorAcceptsWithHisAccount() {
        String operator = given.operator(given.structure("Autre structure"), MembershipRole.ADMIN);
        String token = token("operateur@exemple.fr");

        Api.Answer answer = api.send(HttpRequest.POST("/api/v1/invitations/" + token + "/accepter", "")
                .bearerAuth(api.token(operator, Given.PASSWORD)));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(accounts.structureIdsOf(given.ref(operator))).contains(structure);
    }

    @Test
    void aBeneficiaryCannotUseAnInvitation() {
        String token = token("quelquun@exemple.fr");

        api.send(HttpRequest.POST("/api/v1/invitations/" + token + "/accepter", "")
                .bearerAuth(api.token(given.account(Role.BENEFICIAIRE), Given.PASSWORD))).isProblem(403);
    }

    @Test
    void aLinkWorksOnce() {
        String token = token("une-fois@exemple.fr");
        assertThat(acceptAsNewcomer(token, Given.unique("premier")).status()).isEqualTo(200);

        Api.Answer again = acceptAsNewcomer(token, Given.unique("second")).isProblem(410);

        assertThat(again.json().get("detail").asText()).contains("déjà été utilisée");
    }

    @Test
    void anExpiredInvitationIsRefusedAndCreatesNoAccount() {
        String token = token("en-retard@exemple.fr");
        given.sql("update invitation set expires_at = now() - interval '1 minute' where token_hash = ?", ps -> {
            ps.setString(1, InvitationService.hash(token));
            return ps.executeUpdate();
        });
        String username = Given.unique("tardif");

        Api.Answer answer = acceptAsNewcomer(token, username).isProblem(410);

        assertThat(answer.json().get("detail").asText()).contains("a expiré");
        assertThat(given.sql("select count(*) from account where username = ?", ps -> {
            ps.setString(1, username);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }).longValue()).isZero();
    }

    @Test
    void anUnknownTokenIsNotFound() {
        acceptAsNewcomer("jeton-invente", Given.unique("x")).isProblem(404);
    }

    @Test
    void onlyTheStructuresAdminsInvite() {
        invite(given.operator(structure, MembershipRole.MEMBRE), "a@exemple.fr").isProblem(403);
        invite(given.operator(given.structure("Autre"), MembershipRole.ADMIN), "a@exemple.fr").isProblem(403);
        api.send(HttpRequest.POST("/api/v1/structures/" + structure + "/invitations", Map.of("email", "a@exemple.fr")))
                .isProblem(401);
    }

    @Test
    void anInvalidAddressIsRefused() {
        invite(admin, "pas-une-adresse").isProblem(400);
    }
}
