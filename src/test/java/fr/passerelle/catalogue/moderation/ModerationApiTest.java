package fr.passerelle.catalogue.moderation;

import com.fasterxml.jackson.databind.JsonNode;
import fr.passerelle.account.Given;
import fr.passerelle.account.MembershipRole;
import fr.passerelle.account.Role;
import fr.passerelle.catalogue.ModerationStatus;
import fr.passerelle.catalogue.OfferStatus;
import fr.passerelle.catalogue.reminders.StaleOfferReminders;
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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModerationApiTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Given given;
    @Inject
    StaleOfferReminders reminders;

    private Api api;
    private String manager77;
    private String manager91;
    private String administrator;

    @BeforeAll
    void setUp() {
        api = new Api(http);
        manager77 = api.token(given.manager("77"), Given.PASSWORD);
        manager91 = api.token(given.manager("91"), Given.PASSWORD);
        administrator = api.token(given.account(Role.ADMINISTRATEUR), Given.PASSWORD);
    }

    private JsonNode queue(String token) {
        Api.Answer answer = api.send(Api.as(HttpRequest.GET("/api/v1/moderation?limite=200"), token));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.has("service_id") ? item.get("service_id").asText() : item.get("id").asText()));
        return ids;
    }

    private Api.Answer decide(String structure, String decision, String token, Map<String, Object> body) {
        return api.send(Api.as(HttpRequest.POST("/api/v1/moderation/structures/" + structure + "/" + decision, body),
                token));
    }

    private boolean searchEventually(String text, Predicate<JsonNode> expectation) throws InterruptedException {
        return api.searchEventually("q=" + URLEncoder.encode(text, StandardCharsets.UTF_8), expectation);
    }

    private static boolean contains(JsonNode page, String id) {
        return Api.hitsContain(page, id);
    }

    @Test
    void aManagerSeesTheNewStructuresOfHisDepartementsOnlyWithTheirOffers() {
        String in77 = given.pendingStructure("Nouvelle structure de Melun");
        String offer = given.offer(OfferBuilder.offer(Given.newOfferId(), in77).nom("Atelier en attente").build());
        String in91 = given.structureIn91("Nouvelle structure d'Évry", ModerationStatus.EN_ATTENTE);

        JsonNode queue77 = queue(manager77);
        JsonNode queue91 = queue(manager91);
        JsonNode all = queue(administrator);

        assertThat(queue77.get("departements").toString()).isEqualTo("[\"77\"]");
        assertThat(ids(queue77.get("structures_en_attente"))).contains(in77).doesNotContain(in91);
        assertThat(ids(queue91.get("structures_en_attente"))).contains(in91).doesNotContain(in77);
        assertThat(all.get("departements").isNull()).isTrue();
        assertThat(all.get("compteurs").get("structures_en_attente").asLong())
                .isGreaterThanOrEqualTo(queue77.get("compteurs").get("structures_en_attente").asLong()
                        + queue91.get("compteurs").get("structures_en_attente").asLong());
        JsonNode pending = null;
        for (JsonNode s : queue77.get("structures_en_attente")) {
            if (s.get("id").asText().equals(in77)) {
                pending = s;
            }
        }
        assertThat(pending.get("services").get(0).get("id").asText()).isEqualTo(offer);
        assertThat(pending.get("services").get(0).get("statut").asText()).isEqualTo("publiee");
    }

    @Test
    void theQueueCountsStaleOffersOfTheTerritoryOnly() {
        long before77 = queue(manager77).get("compteurs").get("offres_a_mettre_a_jour").asLong();
        long before91 = queue(manager91).get("compteurs").get("offres_a_mettre_a_jour").asLong();
        String structure77 = given.structure("Structure aux offres anciennes");
        given.offer(OfferBuilder.offer(Given.newOfferId(), structure77).nom("Offre oubliée")
                .dateMaj(LocalDate.now().minusMonths(7)).build());
        given.offer(OfferBuilder.offer(Given.newOfferId(), structure77).nom("Offre fraîche")
                .dateMaj(LocalDate.now().minusMonths(5)).build());
        given.offer(OfferBuilder.offer(Given.newOfferId(), structure77).nom("Brouillon oublié")
                .status(OfferStatus.BROUILLON).dateMaj(LocalDate.now().minusYears(2)).build());
        String structure91 = given.structureIn91("Structure essonnienne", ModerationStatus.VALIDEE);
        String stale91 = given.offer(OfferBuilder.offer(Given.newOfferId(), structure91).nom("Offre oubliée 91")
                .dateMaj(LocalDate.now().minusYears(2)).build());

        JsonNode queue77 = queue(manager77);
        JsonNode queue91 = queue(manager91);

        // Stale: published, older than its 6-month frequency; the fresh one and the draft are not.
        assertThat(queue77.get("compteurs").get("offres_a_mettre_a_jour").asLong()).isEqualTo(before77 + 1);
        assertThat(queue91.get("compteurs").get("offres_a_mettre_a_jour").asLong()).isEqualTo(before91 + 1);
        assertThat(ids(queue91.get("offres_a_mettre_a_jour"))).contains(stale91);
        assertThat(queue91.get("offres_a_mettre_a_jour").findValuesAsText("structure_id"))
                .doesNotContain(structure77);
    }

    @Test
    void validatingAStructureMakesItsPublishedOffersPublicAndSearchable() throws Exception {
        String structure = given.pendingStructure("Association Ornithorynque");
        String published = given.offer(OfferBuilder.offer(Given.newOfferId(), structure)
                .nom("Atelier Ornithorynque numérique").build());
        String draft = given.offer(OfferBuilder.offer(Given.newOfferId(), structure)
                .nom("Brouillon Ornithorynque").status(OfferStatus.BROUILLON).build());
        assertThat(api.send(HttpRequest.GET("/api/v1/services/" + published)).status()).isEqualTo(404);
        assertThat(api.send(HttpRequest.GET("/api/v1/services?structure_id=" + structure)).json()
                .get("total").asLong()).isZero();

        decide(structure, "validation", manager91, Map.of()).isProblem(403);
        Api.Answer answer = decide(structure, "validation", manager77, Map.of());

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("passerelle").get("statut_moderation").asText()).isEqualTo("validee");
        assertThat(api.send(HttpRequest.GET("/api/v1/services/" + published)).status()).isEqualTo(200);
        assertThat(api.send(HttpRequest.GET("/api/v1/services/" + draft)).status()).isEqualTo(404);
        assertThat(api.send(HttpRequest.GET("/api/v1/structures/" + structure)).status()).isEqualTo(200);
        assertThat(searchEventually("ornithorynque", page -> contains(page, published))).isTrue();
        assertThat(ids(queue(manager77).get("structures_en_attente"))).doesNotContain(structure);
        JsonNode history = api.send(Api.as(HttpRequest.GET("/api/v1/structures/" + structure + "/historique"),
                manager77)).json().get("items");
        assertThat(history.get(0).get("action").asText()).isEqualTo("validation");
        decide(structure, "validation", manager77, Map.of()).isProblem(409);
    }

    @Test
    void refusingNeedsAReasonAndKeepsTheOffersOutOfThePublicCatalogue() throws Exception {
        String structure = given.pendingStructure("Collectif Tamanoir");
        String offer = given.offer(OfferBuilder.offer(Given.newOfferId(), structure).nom("Atelier Tamanoir").build());

        Api.Answer withoutReason = decide(structure, "refus", manager77, Map.of());
        withoutReason.isProblem(422);
        assertThat(withoutReason.json().get("errors").get(0).get("champ").asText()).isEqualTo("motif");

        Api.Answer refused = decide(structure, "refus", manager77, Map.of("motif", "Structure inconnue du territoire."));
        assertThat(refused.status()).as(refused.body()).isEqualTo(200);
        assertThat(refused.json().get("passerelle").get("statut_moderation").asText()).isEqualTo("refusee");
        assertThat(api.send(HttpRequest.GET("/api/v1/services/" + offer)).status()).isEqualTo(404);
        assertThat(api.send(HttpRequest.GET("/api/v1/structures/" + structure)).status()).isEqualTo(404);
        JsonNode history = api.send(Api.as(HttpRequest.GET("/api/v1/structures/" + structure + "/historique"),
                manager77)).json().get("items");
        assertThat(history.get(0).get("action").asText()).isEqualTo("refus");
        assertThat(history.get(0).get("champs").toString()).contains("Structure inconnue du territoire.");
        Thread.sleep(500);
        assertThat(searchEventually("tamanoir", page -> !contains(page, offer))).isTrue();
    }

    @Test
    void refusingAValidatedStructureTakesItsOffersOutOfTheSearch() throws Exception {
        String structure = given.structure("Régie Pangolin");
        String offer = given.offer(OfferBuilder.offer(Given.newOfferId(), structure).nom("Chantier Pangolin").build());
        // Inserted without the outbox: put it in the index through a change of its structure.
        decide(structure, "refus", administrator, Map.of("motif", "Doublon d'une autre fiche."));
        decide(structure, "validation", administrator, Map.of());
        assertThat(searchEventually("pangolin", page -> contains(page, offer))).isTrue();

        decide(structure, "refus", manager77, Map.of("motif", "La structure a fermé."));

        assertThat(searchEventually("pangolin", page -> !contains(page, offer))).isTrue();
    }

    @Test
    void onlyManagersAndAdministratorsHaveAQueue() {
        String operator = api.token(given.operator(given.structure("Structure d'opérateur"), MembershipRole.ADMIN),
                Given.PASSWORD);
        api.send(Api.as(HttpRequest.GET("/api/v1/moderation"), operator)).isProblem(403);
        api.send(HttpRequest.GET("/api/v1/moderation")).isProblem(401);
    }

    @Test
    void withoutAnSmtpServerRemindersAreSkippedAndNothingIsRecorded() {
        long before = remindersRecorded();
        StaleOfferReminders.Run run = reminders.sendDue();

        assertThat(run.skipped()).isTrue();
        assertThat(run.emails()).isZero();
        assertThat(run.structures()).isPositive();
        assertThat(remindersRecorded()).isEqualTo(before);
    }

    private long remindersRecorded() {
        return given.sql("select count(*) from offer_reminder", ps -> {
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
