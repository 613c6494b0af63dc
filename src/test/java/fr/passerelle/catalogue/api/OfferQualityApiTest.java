package fr.passerelle.catalogue.api;

import com.fasterxml.jackson.databind.JsonNode;
import fr.passerelle.account.Given;
import fr.passerelle.account.MembershipRole;
import fr.passerelle.account.Role;
import fr.passerelle.catalogue.Contact;
import fr.passerelle.catalogue.OfferEditor;
import fr.passerelle.catalogue.OfferStatus;
import fr.passerelle.support.Api;
import fr.passerelle.support.DataInclusionSchemas;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static fr.passerelle.support.OfferBuilder.offer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code score_qualite} on the data·inclusion rows of {@code /api/v1/services}, and the criteria
 * behind it on {@code /api/v1/services/{id}/qualite}, with the read rules of the offer itself.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfferQualityApiTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Given given;
    @Inject
    OfferEditor editor;
    @Inject
    Clock clock;

    private Api api;
    private String structure;
    private String complete;
    private String incomplete;
    private String draft;
    private String member;
    private String otherOperator;
    private String manager77;

    @BeforeAll
    void load() {
        api = new Api(http);
        LocalDate today = LocalDate.now(clock);
        structure = given.structure("Structure de la qualité");
        complete = given.offer(offer(Given.newOfferId(), structure).nom("Offre complète")
                .description("d".repeat(450)).dateMaj(today).build());
        // Remote, asked for by phone: 8 criteria apply; description 0, fees 0.5 → 6.5 / 8 = 0.8125 → 0.81.
        incomplete = given.offer(offer(Given.newOfferId(), structure).nom("Offre à compléter")
                .description("Trop court.").frais("payant").modesAccueil("a-distance").modesMobilisation("telephoner")
                .dateMaj(today).build());
        draft = given.offer(offer(Given.newOfferId(), structure).nom("Brouillon à compléter")
                .status(OfferStatus.BROUILLON).contact(Contact.NONE).dateMaj(today).build());
        member = given.operator(structure, MembershipRole.MEMBRE);
        otherOperator = given.operator(given.structure("Une autre structure"), MembershipRole.ADMIN);
        manager77 = given.manager("77");
    }

    @Test
    void everyServiceOfTheListCarriesItsScoreAndStaysValidAgainstTheSchema() throws Exception {
        JsonNode page = get("/api/v1/services?structure_id=" + structure, null).json();
        Map<String, Double> scores = new HashMap<>();
        for (JsonNode item : page.get("items")) {
            DataInclusionSchemas.assertValidService(item);
            assertThat(item.get("score_qualite").isNumber()).as(item.toString()).isTrue();
            scores.put(item.get("id").asText(), item.get("score_qualite").asDouble());
        }
        assertThat(scores).containsOnly(Map.entry(complete, 1.0), Map.entry(incomplete, 0.81));
    }

    @Test
    void oneServiceCarriesTheSameScoreAsItsCriteria() throws Exception {
        JsonNode service = get("/api/v1/services/" + incomplete, null).json();
        DataInclusionSchemas.assertValidService(service);
        JsonNode quality = get("/api/v1/services/" + incomplete + "/qualite", null).json();
        assertThat(service.get("score_qualite").asDouble()).isEqualTo(0.81);
        assertThat(quality.get("score_qualite").asDouble()).isEqualTo(0.81);
        assertThat(quality.get("id").asText()).isEqualTo(incomplete);
    }

    @Test
    void eachCriterionSaysWhetherItAppliesAndWhatToFillInFrench() throws Exception {
        Map<String, JsonNode> criteria = criteria(get("/api/v1/services/" + incomplete + "/qualite", null).json());
        assertThat(criteria).hasSize(10);

        JsonNode description = criteria.get("description_bien_definie");
        assertThat(description.get("libelle").asText()).isEqualTo("Description");
        assertThat(description.get("applicable").asBoolean()).isTrue();
        assertThat(description.get("score").asDouble()).isEqualTo(0.0);
        assertThat(description.get("rempli").asBoolean()).isFalse();
        assertThat(description.get("a_faire").asText())
                .startsWith("Ajoutez une description d’au moins 400 caractères (elle en compte 11)");

        JsonNode frais = criteria.get("frais_bien_definis");
        assertThat(frais.get("score").asDouble()).isEqualTo(0.5);
        assertThat(frais.get("a_faire").asText()).contains("Précisez les frais");

        JsonNode address = criteria.get("adresse_bien_definie");
        assertThat(address.get("applicable").asBoolean()).as("a remote offer needs no address").isFalse();
        assertThat(address.get("score").isNull()).isTrue();
        assertThat(address.get("a_faire").isNull()).isTrue();

        JsonNode phone = criteria.get("telephone_bien_defini");
        assertThat(phone.get("rempli").asBoolean()).isTrue();
        assertThat(phone.get("a_faire").isNull()).isTrue();
    }

    @Test
    void fillingTheMissingFieldsRaisesTheScore() throws Exception {
        // Its own structure: the list test above sees exactly its two published offers.
        String elsewhere = given.structure("Structure qui corrige");
        String operator = given.operator(elsewhere, MembershipRole.MEMBRE);
        String offer = given.offer(offer(Given.newOfferId(), elsewhere).nom("Offre corrigée")
                .description("Trop court.").dateMaj(LocalDate.now(clock)).build());
        double before = get("/api/v1/services/" + offer, null).json().get("score_qualite").asDouble();

        editor.update(offer, 1, o -> offer(o.id(), o.structureId()).nom(o.nom()).description("d".repeat(400))
                .dateMaj(o.dateMaj()).build(), given.ref(operator));

        double after = get("/api/v1/services/" + offer, null).json().get("score_qualite").asDouble();
        // 9 criteria apply (no e-mail asked for), all met but the description: 8 / 9 → 0.89.
        assertThat(before).isEqualTo(0.89);
        assertThat(after).isEqualTo(1.0);
        assertThat(criteria(get("/api/v1/services/" + offer + "/qualite", null).json())
                .get("description_bien_definie").get("rempli").asBoolean()).isTrue();
    }

    @Test
    void aDraftsCriteriaAreForItsOperatorsAndTerritoryManagersOnly() {
        String uri = "/api/v1/services/" + draft + "/qualite";
        get(uri, null).isProblem(404);
        get(uri, token(given.account(Role.BENEFICIAIRE))).isProblem(404);
        get(uri, token(otherOperator)).isProblem(404);
        assertThat(get(uri, null).json().get("detail").asText()).contains("L'offre");

        Api.Answer ofMember = get(uri, token(member));
        assertThat(ofMember.status()).isEqualTo(200);
        assertThat(ofMember.json().get("score_qualite").asDouble()).isLessThan(1.0);
        assertThat(get(uri, token(manager77)).status()).isEqualTo(200);
    }

    @Test
    void anUnknownServiceIsNotFoundWithAFrenchProblem() {
        Api.Answer answer = get("/api/v1/services/inconnue--rien/qualite", null).isProblem(404);
        assertThat(answer.json().get("detail").asText()).contains("introuvable");
    }

    private Map<String, JsonNode> criteria(JsonNode quality) {
        Map<String, JsonNode> byCode = new HashMap<>();
        quality.get("criteres").forEach(c -> byCode.put(c.get("code").asText(), c));
        return byCode;
    }

    private String token(String username) {
        return api.token(username, Given.PASSWORD);
    }

    private Api.Answer get(String uri, String token) {
        return api.send(Api.as(HttpRequest.GET(uri), token));
    }
}
