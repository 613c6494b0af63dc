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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Turning Micronaut Security on denies everything by default: these are the doors that must
 * stay open to visitors, and the ones that must now be closed.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicEndpointsStayAnonymousTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Given given;

    private Api api;
    private String structureId;

    @BeforeAll
    void setUp() {
        api = new Api(http);
        structureId = given.structure("Structure publique");
    }

    @Test
    void theCatalogueReadApiAnswersVisitors() {
        assertThat(api.send(HttpRequest.GET("/api/v1/services")).status()).isEqualTo(200);
        assertThat(api.send(HttpRequest.GET("/api/v1/services?code_departement=77&size=5")).status()).isEqualTo(200);
        assertThat(api.send(HttpRequest.GET("/api/v1/structures")).status()).isEqualTo(200);
        Api.Answer structure = api.send(HttpRequest.GET("/api/v1/structures/" + structureId));
        assertThat(structure.status()).isEqualTo(200);
        assertThat(structure.json().get("nom").asText()).isEqualTo("Structure publique");
    }

    @Test
    void anUnknownPublicIdIsA404NotA401() {
        api.send(HttpRequest.GET("/api/v1/services/inconnu--1")).isProblem(404);
        api.send(HttpRequest.GET("/api/v1/structures/inconnu--1")).isProblem(404);
    }

    @Test
    void healthAnswersVisitors() {
        Api.Answer health = api.send(HttpRequest.GET("/health"));
        assertThat(health.status()).as(health.body()).isEqualTo(200);
    }

    /** Routes of rooms still being built (geo, search): the rule must already let them through. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/communes?q=melun", "/api/v1/communes/77288", "/api/v1/departements",
            "/api/v1/search?q=permis", "/api/v1/search/offres?q=creche"})
    void publicReadsOfOtherRoomsAreNotAskedForAToken(String path) {
        assertThat(api.send(HttpRequest.GET(path)).status()).isNotIn(401, 403);
    }

    /** Pages, Vaadin's resources and UIDL posts go to the UI proxy filter, which does its own login. */
    @ParameterizedTest
    @ValueSource(strings = {"/", "/offres", "/offres/demo--1", "/VAADIN/build/bundle.js", "/favicon.ico",
            "/connexion", "/swagger/passerelle.yml"})
    void pathsOutsideTheApiPassUntouched(String path) {
        assertThat(api.send(HttpRequest.GET(path)).status()).isNotIn(401, 403);
    }

    @Test
    void vaadinPostsOutsideTheApiPassUntouched() {
        assertThat(api.send(HttpRequest.POST("/?v-r=uidl&v-uiId=0", "{}")).status()).isNotIn(401, 403);
    }

    @Test
    void aBadTokenOnAPublicEndpointIsIgnoredNotRefused() {
        assertThat(api.send(HttpRequest.GET("/api/v1/services").bearerAuth("pas.un.jeton")).status()).isEqualTo(200);
    }

    @Test
    void anApiRouteThatDoesNotSayWhoMayCallItIsClosed() {
        api.send(HttpRequest.POST("/api/v1/services", Map.of("nom", "Offre"))).isProblem(401);
        api.send(HttpRequest.DELETE("/api/v1/structures/" + structureId)).isProblem(401);
        api.send(HttpRequest.GET("/api/v1/nimporte-quoi")).isProblem(401);
    }

    @Test
    void anApiRouteThatDoesNotSayWhoMayCallItIsClosedToSignedInAccountsToo() {
        String token = api.token(given.account(Role.ADMINISTRATEUR), Given.PASSWORD);

        api.send(HttpRequest.POST(UndeclaredController.PATH, Map.of("nom", "Offre")).bearerAuth(token)).isProblem(403);
    }

    @Test
    void meIsNotForVisitors() {
        Api.Answer answer = api.send(HttpRequest.GET("/api/v1/me")).isProblem(401);

        assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(answer.json().get("detail").asText()).startsWith("Connectez-vous");
    }
}
