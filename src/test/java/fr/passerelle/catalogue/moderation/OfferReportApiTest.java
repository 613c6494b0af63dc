package fr.passerelle.catalogue.moderation;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import fr.passerelle.account.Given;
import fr.passerelle.account.MembershipRole;
import fr.passerelle.catalogue.ModerationStatus;
import fr.passerelle.catalogue.OfferStatus;
import fr.passerelle.support.Api;
import fr.passerelle.support.OfferBuilder;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfferReportApiTest {

    private static final String MESSAGE = "Le numéro de téléphone indiqué n'est plus attribué.";

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Given given;

    private Api api;
    private String structure;
    private String operator;
    private String manager77;
    private String manager91;

    @BeforeAll
    void setUp() {
        api = new Api(http);
        structure = given.structure("Structure signalée");
        operator = api.token(given.operator(structure, MembershipRole.MEMBRE), Given.PASSWORD);
        manager77 = api.token(given.manager("77"), Given.PASSWORD);
        manager91 = api.token(given.manager("91"), Given.PASSWORD);
    }

    private String offer() {
        return given.offer(structure, OfferStatus.PUBLIEE);
    }

    private Api.Answer report(String offer, String from, Map<String, Object> body) {
        return api.send(HttpRequest.POST("/api/v1/services/" + offer + "/signalements", body)
                .header("X-Forwarded-For", from));
    }

    private static Map<String, Object> body(String message, String email, String website) {
        Map<String, Object> body = new HashMap<>();
        body.put("message", message);
        if (email != null) {
            body.put("email", email);
        }
        if (website != null) {
            body.put("website", website);
        }
        return body;
    }

    private long reportsOn(String offer) {
        return given.sql("select count(*) from offer_report where offer_id = ?", ps -> {
            ps.setString(1, offer);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private JsonNode reportsOfStructure(String token) {
        Api.Answer answer = api.send(Api.as(HttpRequest.GET("/api/v1/structures/" + structure + "/signalements"), token));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("items");
    }

    @Test
    void aVisitorsReportReachesTheStructureAndItsManagerButNotOthers() {
        String offer = offer();
        String email = "visiteuse.anonyme@exemple.fr";
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        Api.Answer answer;
        try {
            answer = report(offer, Api.randomAddress(), body(MESSAGE, email, ""));
        } finally {
            root.detachAppender(logs);
        }

        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        assertThat(answer.body()).doesNotContain(email);
        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage).noneMatch(m -> m.contains(email))
                .anyMatch(m -> m.contains(offer));
        JsonNode seenByOperator = reportsOfStructure(operator);
        assertThat(seenByOperator.findValuesAsText("service_id")).contains(offer);
        JsonNode mine = null;
        for (JsonNode r : seenByOperator) {
            if (r.get("service_id").asText().equals(offer)) {
                mine = r;
            }
        }
        assertThat(mine.get("message").asText()).isEqualTo(MESSAGE);
        assertThat(mine.get("email").asText()).isEqualTo(email);
        assertThat(mine.get("statut").asText()).isEqualTo("ouvert");
        assertThat(api.send(Api.as(HttpRequest.GET("/api/v1/moderation?limite=200"), manager77)).json()
                .get("signalements_ouverts").findValuesAsText("service_id")).contains(offer);
        assertThat(api.send(Api.as(HttpRequest.GET("/api/v1/moderation?limite=200"), manager91)).json()
                .get("signalements_ouverts").findValuesAsText("service_id")).doesNotContain(offer);
        api.send(Api.as(HttpRequest.GET("/api/v1/structures/" + structure + "/signalements"), manager91)).isProblem(403);
        api.send(HttpRequest.GET("/api/v1/structures/" + structure + "/signalements")).isProblem(401);
        assertThat(api.send(HttpRequest.GET("/api/v1/services/" + offer)).body()).doesNotContain(email);
    }

    @Test
    void aFilledHoneypotIsAnsweredAsAcceptedButNothingIsStored() {
        String offer = offer();

        Api.Answer answer = report(offer, Api.randomAddress(), body(MESSAGE, null, "https://spam.example"));

        assertThat(answer.status()).isEqualTo(202);
        assertThat(reportsOn(offer)).isZero();
    }

    @Test
    void afterFiveReportsInAnHourAnAddressGetsA429WithAFrenchMessage() {
        String offer = offer();
        String address = Api.randomAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(report(offer, address, body(MESSAGE + " " + i, null, null)).status()).isEqualTo(202);
        }

        Api.Answer sixth = report(offer, address, body(MESSAGE, null, null));

        sixth.isProblem(429);
        assertThat(sixth.json().get("detail").asText()).contains("Réessayez");
        assertThat(sixth.header("Retry-After")).isEqualTo("3600");
        assertThat(reportsOn(offer)).isEqualTo(5);
        assertThat(report(offer, Api.randomAddress(), body(MESSAGE, null, null)).status()).isEqualTo(202);
    }

    @Test
    void aMessageOutsideTenToTwoThousandCharactersOrABadEmailIsRefusedWithTheField() {
        String offer = offer();
        Api.Answer tooShort = report(offer, Api.randomAddress(), body("Erreur", null, null));
        tooShort.isProblem(422);
        assertThat(tooShort.json().get("errors").get(0).get("champ").asText()).isEqualTo("message");
        report(offer, Api.randomAddress(), body("x".repeat(2001), null, null)).isProblem(422);
        Api.Answer badEmail = report(offer, Api.randomAddress(), body(MESSAGE, "pas-une-adresse", null));
        badEmail.isProblem(422);
        assertThat(badEmail.json().get("errors").get(0).get("champ").asText()).isEqualTo("email");
        assertThat(report(offer, Api.randomAddress(), body("x".repeat(2000), null, null)).status()).isEqualTo(202);
        assertThat(reportsOn(offer)).isEqualTo(1);
    }

    @Test
    void offersThatAreNotPublicCannotBeReported() {
        String draft = given.offer(structure, OfferStatus.BROUILLON);
        String pending = given.pendingStructure("Structure pas encore validée");
        String ofPending = given.offer(OfferBuilder.offer(Given.newOfferId(), pending).build());

        report(draft, Api.randomAddress(), body(MESSAGE, null, null)).isProblem(404);
        report(ofPending, Api.randomAddress(), body(MESSAGE, null, null)).isProblem(404);
        report("inconnue--0", Api.randomAddress(), body(MESSAGE, null, null)).isProblem(404);
    }

    @Test
    void theManagerClosesAReportOnceAndADismissalNeedsANote() {
        String offer = offer();
        report(offer, Api.randomAddress(), body(MESSAGE, null, null));
        long id = reportsOfStructure(operator).get(0).get("id").asLong();
        String close = "/api/v1/moderation/signalements/" + id + "/cloture";

        api.send(Api.as(HttpRequest.POST(close, Map.of("suite", "traite")), operator)).isProblem(403);
        api.send(Api.as(HttpRequest.POST(close, Map.of("suite", "traite")), manager91)).isProblem(403);
        api.send(Api.as(HttpRequest.POST(close, Map.of("suite", "sans_suite")), manager77)).isProblem(422);
        api.send(Api.as(HttpRequest.POST(close, Map.of("suite", "peut-etre")), manager77)).isProblem(422);
        Api.Answer closed = api.send(Api.as(HttpRequest.POST(close,
                Map.of("suite", "sans_suite", "note", "Le numéro est correct, vérifié par téléphone.")), manager77));

        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("statut").asText()).isEqualTo("sans_suite");
        assertThat(closed.json().get("note").asText()).isEqualTo("Le numéro est correct, vérifié par téléphone.");
        api.send(Api.as(HttpRequest.POST(close, Map.of("suite", "traite")), manager77)).isProblem(409);
        assertThat(api.send(Api.as(HttpRequest.GET("/api/v1/moderation?limite=200"), manager77)).json()
                .get("signalements_ouverts").findValuesAsText("id")).doesNotContain(Long.toString(id));
    }

    @Test
    void reportsOfAnotherDepartementsStructureAreClosedByItsOwnManager() {
        String structure91 = given.structureIn91("Structure d'Évry signalée", ModerationStatus.VALIDEE);
        String offer = given.offer(OfferBuilder.offer(Given.newOfferId(), structure91).build());
        report(offer, Api.randomAddress(), body(MESSAGE, null, null));
        long id = given.sql("select id from offer_report where offer_id = ?", ps -> {
            ps.setString(1, offer);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        String close = "/api/v1/moderation/signalements/" + id + "/cloture";

        api.send(Api.as(HttpRequest.POST(close, Map.of("suite", "traite")), manager77)).isProblem(403);
        assertThat(api.send(Api.as(HttpRequest.POST(close, Map.of("suite", "traite")), manager91)).status())
                .isEqualTo(200);
    }
}
