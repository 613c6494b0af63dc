package fr.passerelle.account;

import fr.passerelle.support.Api;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthenticationApiTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Given given;

    private Api api;

    @BeforeAll
    void setUp() {
        api = new Api(http);
    }

    @Test
    void theRightPasswordGivesABearerTokenThatOpensMe() throws Exception {
        String username = given.account(Role.BENEFICIAIRE);

        Api.Answer answer = api.login(username, Given.PASSWORD);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = answer.json();
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(3600);
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        String token = body.get("access_token").asText();
        JsonNode claims = Api.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims.get("sub").asText()).isEqualTo(username);
        assertThat(claims.get("roles").get(0).asText()).isEqualTo("BENEFICIAIRE");
        assertThat(claims.get("account_id").asLong()).isEqualTo(given.id(username));
        assertThat(claims.toString()).doesNotContain("@test.example").doesNotContain("argon2");

        Api.Answer me = api.send(HttpRequest.GET("/api/v1/me").bearerAuth(token));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asText()).isEqualTo(username);
    }

    @Test
    void usernamesAreNotCaseSensitive() {
        String username = given.account(Role.BENEFICIAIRE);

        assertThat(api.login(" " + username.toUpperCase() + " ", Given.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordIsRefusedWithA401ProblemInFrench() {
        String username = given.account(Role.OPERATEUR);

        Api.Answer answer = api.login(username, "Mauvais-mot-de-passe-1").isProblem(401);

        assertThat(answer.json().get("detail").asText()).isEqualTo("Identifiant ou mot de passe incorrect.");
        assertThat(answer.body()).doesNotContain("access_token");
    }

    @Test
    void anUnknownUsernameGetsExactlyTheAnswerOfAWrongPassword() {
        String username = given.account(Role.OPERATEUR);

        Api.Answer wrongPassword = api.login(username, "Mauvais-mot-de-passe-1").isProblem(401);
        Api.Answer unknownName = api.login(Given.unique("inconnu"), Given.PASSWORD).isProblem(401);

        assertThat(unknownName.body()).isEqualTo(wrongPassword.body());
    }

    @Test
    void aDisabledAccountCannotLogInNorUseATokenIssuedBefore() {
        String username = given.account(Role.REFERENT);
        String token = api.token(username, Given.PASSWORD);

        given.disable(username);

        api.login(username, Given.PASSWORD).isProblem(401);
        api.send(HttpRequest.GET("/api/v1/me").bearerAuth(token)).isProblem(401);
    }

    @Test
    void afterFiveFailuresForAUsernameEvenTheRightPasswordIsRefusedWith429() {
        String username = given.account(Role.OPERATEUR);
        for (int i = 0; i < 5; i++) {
            api.login(username, "Mauvais-mot-de-passe-" + i).isProblem(401);
        }

        Api.Answer throttled = api.login(username, Given.PASSWORD).isProblem(429);

        assertThat(throttled.json().get("detail").asText()).startsWith("Trop de tentatives de connexion échouées");
        assertThat(throttled.header("Retry-After")).isEqualTo("900");
    }

    @Test
    void throttlingIsKeptInTheDatabaseNotInMemory() {
        String username = given.account(Role.OPERATEUR);
        for (int i = 0; i < 5; i++) {
            api.login(username, "Mauvais-mot-de-passe-" + i);
        }
        assertThat(failuresRecordedFor(username)).isEqualTo(5);
        api.login(username, Given.PASSWORD).isProblem(429);

        // What the database forgets, the server forgets: no copy is kept in memory.
        given.sql("delete from login_attempt where username = ?", ps -> {
            ps.setString(1, username);
            return ps.executeUpdate();
        });

        assertThat(api.login(username, Given.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aSuccessfulLoginClearsTheUsernamesEarlierFailures() {
        String username = given.account(Role.OPERATEUR);
        for (int i = 0; i < 4; i++) {
            api.login(username, "Mauvais-mot-de-passe-" + i).isProblem(401);
        }
        assertThat(api.login(username, Given.PASSWORD).status()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            api.login(username, "Mauvais-mot-de-passe-" + i).isProblem(401);
        }

        assertThat(api.login(username, Given.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void afterFiveFailuresFromOneAddressEveryUsernameIsThrottledFromThere() {
        String address = Api.randomAddress();
        for (int i = 0; i < 5; i++) {
            api.login(Given.unique("devine"), "Mauvais-mot-de-passe-1", address).isProblem(401);
        }
        String victim = given.account(Role.BENEFICIAIRE);

        api.login(victim, Given.PASSWORD, address).isProblem(429);
        assertThat(api.login(victim, Given.PASSWORD, Api.randomAddress()).status())
                .as("the same account from elsewhere").isEqualTo(200);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        String username = given.account(Role.ADMINISTRATEUR);
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(username).claim("roles", List.of("ADMINISTRATEUR"))
                .claim(AccountRef.ID_CLAIM, given.id(username)).expirationTime(new Date(System.currentTimeMillis() + 600_000))
                .build();
        SignedJWT forged = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        forged.sign(new MACSigner("une autre clé de signature, longue de plus de 32 octets".getBytes(StandardCharsets.UTF_8)));

        Api.Answer answer = api.send(HttpRequest.GET("/api/v1/me").bearerAuth(forged.serialize())).isProblem(401);

        assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String username = given.account(Role.ADMINISTRATEUR);
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"sub\":\"" + username
                + "\",\"roles\":[\"ADMINISTRATEUR\"],\"account_id\":" + given.id(username) + "}").getBytes());

        api.send(HttpRequest.GET("/api/v1/me").bearerAuth(header + "." + payload + ".")).isProblem(401);
    }

    @Test
    void aMissingBodyFieldIsAWrongCredentialNotAServerError() {
        api.send(HttpRequest.POST("/api/v1/auth/token", Map.of("username", "quelquun"))
                .header("X-Forwarded-For", Api.randomAddress())).isProblem(401);
    }

    private long failuresRecordedFor(String username) {
        return given.sql("select count(*) from login_attempt where username = ? and outcome = 'failure'", ps -> {
            ps.setString(1, username);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
