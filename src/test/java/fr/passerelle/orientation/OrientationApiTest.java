package fr.passerelle.orientation;

import com.fasterxml.jackson.databind.JsonNode;
import fr.passerelle.account.Given;
import fr.passerelle.catalogue.AccessRule;
import fr.passerelle.orientation.OrientationWorld.World;
import fr.passerelle.support.Api;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The orientation API end to end: the three access rules, prescriptions, moves, visibility. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrientationApiTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    OrientationWorld worlds;

    private Api api;
    private World w;
    private final Map<String, String> tokens = new HashMap<>();

    @BeforeAll
    void setUp() {
        api = new Api(http);
        w = worlds.create();
    }

    /** A new offer per request: a second open request for one offer is a conflict. */
    private String fresh(AccessRule rule) {
        return worlds.offer(w.structure(), rule);
    }

    private String token(String username) {
        return tokens.computeIfAbsent(username, u -> api.token(u, Given.PASSWORD));
    }

    private Api.Answer ask(String username, String offer, @Nullable Long beneficiary) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("service_id", offer);
        body.put("message", "Je voudrais commencer au plus vite.");
        body.put("disponibilites", "Le matin, pas le mercredi");
        body.put("consentement", true);
        if (beneficiary != null) {
            body.put("beneficiaire_id", beneficiary);
        }
        return api.send(Api.as(HttpRequest.POST("/api/v1/orientations", body), token(username)));
    }

    private Api.Answer move(String username, String id, String statut, @Nullable String motif) {
        Map<String, Object> body = new HashMap<>();
        body.put("statut", statut);
        if (motif != null) {
            body.put("motif", motif);
        }
        return api.send(Api.as(HttpRequest.POST("/api/v1/orientations/" + id + "/statut", body),
                username == null ? null : token(username)));
    }

    private Api.Answer get(@Nullable String username, String id) {
        return api.send(Api.as(HttpRequest.GET("/api/v1/orientations/" + id), username == null ? null : token(username)));
    }

    private List<String> listed(String username) {
        return listed(username, null);
    }

    private List<String> listed(String username, @Nullable String statut) {
        Api.Answer answer = api.send(Api.as(HttpRequest.GET("/api/v1/orientations"
                + (statut == null ? "" : "?statut=" + statut)), token(username)));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        answer.json().get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static List<String> transitions(JsonNode detail) {
        List<String> lines = new ArrayList<>();
        detail.get("historique").forEach(e -> lines.add(e.get("de").asText("-") + ">" + e.get("vers").asText()));
        return lines;
    }

    @Test
    void aSelfPositioningOnAValidationOfferWaitsForHerReferentThenReachesTheStructureOnlyOnceValidated() {
        Api.Answer created = ask(w.beneficiary(), fresh(AccessRule.VALIDATION), null);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("statut").asText()).isEqualTo("A_VALIDER");
        assertThat(created.json().get("demandeur").asText()).isEqualTo("BENEFICIAIRE");
        assertThat(created.json().get("consentement").get("donne").asBoolean()).isTrue();
        assertThat(created.json().get("consentement").get("le").asText()).isNotBlank();
        String id = created.json().get("id").asText();
        assertThat(transitions(get(w.beneficiary(), id).json())).containsExactly("->DEMANDEE", "DEMANDEE>A_VALIDER");
        assertThat(listed(w.referent())).contains(id);
        assertThat(listed(w.referent(), "A_VALIDER")).contains(id);
        assertThat(listed(w.referent(), "TRANSMISE")).doesNotContain(id);
        assertThat(listed(w.operator())).doesNotContain(id);
        get(w.operator(), id).isProblem(403);
        move(w.operator(), id, "ACCEPTEE", null).isProblem(403);

        Api.Answer validated = move(w.referent(), id, "TRANSMISE", "Bonne idée, allez-y.");

        assertThat(validated.status()).as(validated.body()).isEqualTo(200);
        assertThat(validated.json().get("statut").asText()).isEqualTo("TRANSMISE");
        assertThat(listed(w.operator(), "TRANSMISE")).contains(id);
        assertThat(api.send(Api.as(HttpRequest.GET("/api/v1/orientations?statut=PERDUE"), token(w.operator())))
                .status()).isEqualTo(400);
        JsonNode detail = get(w.operator(), id).json();
        assertThat(detail.get("message").asText()).isEqualTo("Je voudrais commencer au plus vite.");
        assertThat(detail.get("disponibilites").asText()).isEqualTo("Le matin, pas le mercredi");
        JsonNode last = detail.get("historique").get(2);
        assertThat(last.get("de").asText()).isEqualTo("A_VALIDER");
        assertThat(last.get("vers").asText()).isEqualTo("TRANSMISE");
        assertThat(last.get("par").asText()).isEqualTo("Compte " + w.referent());
        assertThat(last.get("role").asText()).isEqualTo("REFERENT");
        assertThat(last.get("le").asText()).isNotBlank();
        assertThat(last.get("motif").asText()).isEqualTo("Bonne idée, allez-y.");
    }

    @Test
    void theStructureStudiesAcceptsRecordsTheEntryAndTheOutcome() {
        String id = ask(w.beneficiary(), fresh(AccessRule.AUTO), null).json().get("id").asText();

        move(w.beneficiary(), id, "ACCEPTEE", null).isProblem(403);
        move(w.operator(), id, "ENTREE", null).isProblem(409);
        assertThat(move(w.operator(), id, "EN_ETUDE", null).status()).isEqualTo(200);
        assertThat(move(w.operator(), id, "ACCEPTEE", null).status()).isEqualTo(200);
        assertThat(move(w.operator(), id, "ENTREE", null).status()).isEqualTo(200);
        move(w.operator(), id, "TERMINEE", null).isProblem(422);
        move(w.operator(), id, "TERMINEE", "fortune").isProblem(422);
        Api.Answer ended = move(w.operator(), id, "TERMINEE", "emploi-durable");

        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(ended.json().get("statut").asText()).isEqualTo("TERMINEE");
        assertThat(ended.json().get("issue").asText()).isEqualTo("emploi-durable");
        assertThat(transitions(ended.json())).containsExactly("->DEMANDEE", "DEMANDEE>TRANSMISE",
                "TRANSMISE>EN_ETUDE", "EN_ETUDE>ACCEPTEE", "ACCEPTEE>ENTREE", "ENTREE>TERMINEE");
        move(w.beneficiary(), id, "ANNULEE", null).isProblem(409);
        move(w.operator(), id, "NIMPORTE", null).isProblem(400);
    }

    @Test
    void aRefusalNeedsAReasonFromTheList() {
        String id = ask(w.beneficiary(), fresh(AccessRule.AUTO), null).json().get("id").asText();

        move(w.operator(), id, "REFUSEE", null).isProblem(422);
        move(w.operator(), id, "REFUSEE", "trop loin").isProblem(422);
        Api.Answer refused = move(w.operator(), id, "REFUSEE", "pas-mobile");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.json().get("motif_refus").asText()).isEqualTo("pas-mobile");
    }

    @Test
    void autoPrescriptionSkipsTheValidationAndInformsTheReferent() {
        Api.Answer created = ask(w.beneficiary(), fresh(AccessRule.AUTO), null);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("statut").asText()).isEqualTo("TRANSMISE");
        String id = created.json().get("id").asText();
        Api.Answer notices = api.send(Api.as(HttpRequest.GET("/api/v1/notifications"), token(w.referent())));
        assertThat(notices.status()).isEqualTo(200);
        List<String> kinds = new ArrayList<>();
        notices.json().get("items").forEach(n -> {
            if (n.get("orientation_id").asText().equals(id)) {
                kinds.add(n.get("type").asText());
                assertThat(n.get("texte").asText()).doesNotContain(w.beneficiary(), "Atelier");
            }
        });
        assertThat(kinds).containsExactly("AUTO_PRESCRIPTION");
        Api.Answer operatorNotices = api.send(Api.as(HttpRequest.GET("/api/v1/notifications"), token(w.operator())));
        assertThat(operatorNotices.body()).contains(id, "NOUVELLE_DEMANDE");
    }

    @Test
    void autoPrescriptionLimitedToPublicsGoesThroughTheReferentBecausePasserelleDoesNotKnowHerPublic() {
        Api.Answer created = ask(w.beneficiary(), w.autoForPublicsOffer(), null);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("statut").asText()).isEqualTo("A_VALIDER");
    }

    @Test
    void aBeneficiaryCannotPositionHerselfOnAPrescriptionOffer() {
        ask(w.beneficiary(), fresh(AccessRule.PRESCRIPTION), null).isProblem(403);
    }

    @Test
    void aReferentPrescribesForAPersonHeFollowsStraightToTheStructure() {
        Api.Answer created = ask(w.referent(), fresh(AccessRule.PRESCRIPTION), worlds.id(w.beneficiary()));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("statut").asText()).isEqualTo("TRANSMISE");
        assertThat(created.json().get("demandeur").asText()).isEqualTo("REFERENT");
        String id = created.json().get("id").asText();
        assertThat(transitions(get(w.beneficiary(), id).json())).containsExactly("->TRANSMISE");
        assertThat(listed(w.beneficiary())).contains(id);
        // Only the requester cancels: the referent here, not the beneficiary.
        move(w.beneficiary(), id, "ANNULEE", null).isProblem(403);
        assertThat(move(w.referent(), id, "ANNULEE", "Projet abandonné").status()).isEqualTo(200);
    }

    @Test
    void aReferentCannotPrescribeForSomeoneHeDoesNotFollow() {
        ask(w.otherReferent(), fresh(AccessRule.PRESCRIPTION), worlds.id(w.beneficiary())).isProblem(403);
        ask(w.referent(), fresh(AccessRule.PRESCRIPTION), null).isProblem(422);
        ask(w.operator(), fresh(AccessRule.AUTO), worlds.id(w.beneficiary())).isProblem(403);
        ask(w.beneficiary(), fresh(AccessRule.AUTO), worlds.id(w.otherBeneficiary())).isProblem(403);
    }

    @Test
    void aRequestNeedsHerExplicitConsentAPublicOfferAndAReferentWhenValidationIsNeeded() {
        Map<String, Object> body = Map.of("service_id", fresh(AccessRule.AUTO), "message", "Bonjour", "consentement", false);
        api.send(Api.as(HttpRequest.POST("/api/v1/orientations", body), token(w.otherBeneficiary()))).isProblem(422);
        ask(w.otherBeneficiary(), "inconnue--offre", null).isProblem(422);
        ask(w.lonelyBeneficiary(), fresh(AccessRule.VALIDATION), null).isProblem(422);
        assertThat(ask(w.lonelyBeneficiary(), fresh(AccessRule.AUTO), null).status()).isEqualTo(201);
    }

    @Test
    void asecondOpenRequestForTheSameOfferIsAConflict() {
        String offer = worlds.offer(w.structure(), AccessRule.VALIDATION);
        assertThat(ask(w.otherBeneficiary(), offer, null).status()).isEqualTo(201);

        ask(w.otherBeneficiary(), offer, null).isProblem(409);
    }

    @Test
    void onlyTheBeneficiaryHerReferentsAndTheReceivingStructureSeeARequest() {
        String id = ask(w.beneficiary(), fresh(AccessRule.AUTO), null).json().get("id").asText();

        assertThat(get(w.beneficiary(), id).status()).isEqualTo(200);
        assertThat(get(w.referent(), id).status()).isEqualTo(200);
        assertThat(get(w.operator(), id).status()).isEqualTo(200);
        for (String outsider : List.of(w.otherReferent(), w.otherOperator(), w.otherBeneficiary(), w.manager(),
                w.administrator())) {
            get(outsider, id).isProblem(403);
            assertThat(listed(outsider)).as(outsider).doesNotContain(id);
            move(outsider, id, "ANNULEE", null).isProblem(403);
        }
        assertThat(get(null, id).status()).isEqualTo(401);
        assertThat(api.send(HttpRequest.GET("/api/v1/orientations")).status()).isEqualTo(401);
        assertThat(api.send(HttpRequest.GET("/api/v1/notifications")).status()).isEqualTo(401);
        assertThat(move(null, id, "ANNULEE", null).status()).isEqualTo(401);
    }
}
