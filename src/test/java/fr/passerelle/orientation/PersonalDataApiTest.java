package fr.passerelle.orientation;

import com.fasterxml.jackson.databind.JsonNode;
import fr.passerelle.account.Given;
import fr.passerelle.catalogue.AccessRule;
import fr.passerelle.orientation.OrientationWorld.World;
import fr.passerelle.support.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/** A beneficiary exports her data and erases her account; statistics survive, people do not. */
@MicronautTest(transactional = false)
class PersonalDataApiTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    OrientationWorld worlds;
    @Inject
    OrientationService orientations;
    @Inject
    Given given;

    @Test
    void sheExportsHerRequestsWithTheirHistoryThenErasesHerAccountAndHerRequestsAreAnonymised() {
        Api api = new Api(http);
        World w = worlds.create();
        String offer = worlds.offerWithSession(w.structure(), 5, 5);
        Orientation accepted = orientations.ask(new NewOrientation(offer, null, null, "Mon message personnel",
                "Lundi", true), worlds.ref(w.beneficiary()));
        orientations.move(accepted.id(), OrientationStatus.ACCEPTEE, null, worlds.ref(w.operator()));
        Orientation refused = orientations.ask(new NewOrientation(worlds.offer(w.structure(), AccessRule.AUTO), null,
                null, "Autre message", null, true), worlds.ref(w.beneficiary()));
        orientations.move(refused.id(), OrientationStatus.REFUSEE, "injoignable", worlds.ref(w.operator()));
        String token = api.token(w.beneficiary(), Given.PASSWORD);

        Api.Answer export = api.send(Api.as(HttpRequest.GET("/api/v1/me/export"), token));

        assertThat(export.status()).as(export.body()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).contains("attachment");
        JsonNode json = export.json();
        assertThat(json.get("compte").get("username").asText()).isEqualTo(w.beneficiary());
        assertThat(json.get("orientations")).hasSize(2);
        assertThat(export.body()).contains("Mon message personnel", "historique", "injoignable");
        assertThat(json.get("notifications").isArray()).isTrue();
        String operatorToken = api.token(w.operator(), Given.PASSWORD);
        assertThat(api.send(Api.as(HttpRequest.GET("/api/v1/me/export"), operatorToken)).status()).isEqualTo(403);
        assertThat(api.send(HttpRequest.GET("/api/v1/me/export")).status()).isEqualTo(401);
        assertThat(api.send(Api.as(HttpRequest.DELETE("/api/v1/me"), operatorToken)).status()).isEqualTo(403);

        Api.Answer erased = api.send(Api.as(HttpRequest.DELETE("/api/v1/me"), token));

        assertThat(erased.status()).as(erased.body()).isEqualTo(204);
        assertThat(api.login(w.beneficiary(), Given.PASSWORD).status()).isEqualTo(401);
        assertThat(api.send(Api.as(HttpRequest.GET("/api/v1/orientations/" + accepted.id()), operatorToken))
                .status()).isEqualTo(403);
        String left = given.sql("""
                select string_agg(status || ':' || coalesce(message, '-') || ':' || coalesce(beneficiary_id::text, '-'), ',' order by status)
                from orientation where id in (?, ?)""", ps -> {
            ps.setObject(1, accepted.id());
            ps.setObject(2, refused.id());
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(left).isEqualTo("ANNULEE:-:-,REFUSEE:-:-");
        int places = given.sql("select places_left from offer_session where offer_id = ?", ps -> {
            ps.setString(1, offer);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(places).isEqualTo(5);
    }
}
