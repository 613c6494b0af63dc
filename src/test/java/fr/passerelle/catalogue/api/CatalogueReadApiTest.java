package fr.passerelle.catalogue.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.catalogue.AccessRule;
import fr.passerelle.catalogue.Address;
import fr.passerelle.catalogue.ModerationStatus;
import fr.passerelle.catalogue.OfferRepository;
import fr.passerelle.catalogue.OfferStatus;
import fr.passerelle.catalogue.SiaeBlock;
import fr.passerelle.catalogue.StructureRepository;
import fr.passerelle.support.DataInclusionSchemas;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static fr.passerelle.support.OfferBuilder.offer;
import static fr.passerelle.support.StructureBuilder.structure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueReadApiTest {

    private static final String SOURCE = "test-api";
    private static final String STRUCTURE = SOURCE + "--s1";
    private static final String PENDING_STRUCTURE = SOURCE + "--s2";
    private static final Address EVRY = new Address("Place des Droits de l'Homme", null, "91000", "91228",
            "Évry-Courcouronnes", 48.6243, 2.4410);

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    StructureRepository structures;
    @Inject
    OfferRepository offers;
    @Inject
    Fixtures fixtures;

    private final ObjectMapper json = new ObjectMapper();

    @jakarta.inject.Singleton
    static class Fixtures {
        @Inject
        StructureRepository structures;
        @Inject
        OfferRepository offers;

        @Transactional
        void load() {
            structures.insertAll(List.of(structure(STRUCTURE).nom("CCAS de test de Melun").build(),
                    structure(PENDING_STRUCTURE).nom("Structure en attente").moderation(ModerationStatus.EN_ATTENTE).build()));
            offers.insertAll(List.of(
                    offer(SOURCE + "--creche", STRUCTURE).nom("Crèche à vocation d'insertion").type("accompagnement")
                            .thematiques("famille--garde-denfants").publics("familles", "beneficiaires-des-minimas-sociaux")
                            .accessRule(AccessRule.VALIDATION).session(LocalDate.of(2027, 1, 4), 12, 3).build(),
                    offer(SOURCE + "--permis", STRUCTURE).nom("Préparation au permis B").type("formation")
                            .thematiques("mobilite--preparer-un-permis").frais("payant").accessRule(AccessRule.AUTO).build(),
                    offer(SOURCE + "--chantier", STRUCTURE).nom("Chantier d'insertion espaces verts")
                            .thematiques("trouver-un-emploi--repondre-a-des-offres-demploi").publics("jeunes")
                            .siae(new SiaeBlock("ACI", 4, List.of("Agent d'espaces verts"), null))
                            .address(EVRY).zone("91").build(),
                    offer(SOURCE + "--brouillon", STRUCTURE).nom("Offre en brouillon").status(OfferStatus.BROUILLON).build(),
                    offer(SOURCE + "--distance", STRUCTURE).nom("Permanence numérique par téléphone")
                            .modesAccueil("a-distance").zone("france").address(Address.NONE).build()));
        }
    }

    @BeforeAll
    void load() {
        fixtures.load();
    }

    private JsonNode get(String uri) throws Exception {
        return json.readTree(http.toBlocking().retrieve(HttpRequest.GET(uri), String.class));
    }

    private List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    @Test
    void everyPublishedServiceIsValidAgainstTheDataInclusionSchema() throws Exception {
        JsonNode page = get("/api/v1/services?sources=" + SOURCE);
        assertThat(page.get("total").asLong()).isEqualTo(4);
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("size").asInt()).isEqualTo(50);
        page.get("items").forEach(DataInclusionSchemas::assertValidService);
        assertThat(ids(page)).doesNotContain(SOURCE + "--brouillon");
    }

    @Test
    void aServiceCarriesTheV1FieldsAtTopLevelAndOursUnderPasserelle() throws Exception {
        JsonNode creche = get("/api/v1/services/" + SOURCE + "--creche");
        assertThat(creche.get("id").asText()).isEqualTo("test-api--creche");
        assertThat(creche.get("structure_id").asText()).isEqualTo(STRUCTURE);
        assertThat(creche.get("thematiques").get(0).asText()).isEqualTo("famille--garde-denfants");
        assertThat(creche.has("zone_eligibilite")).isTrue();
        assertThat(creche.get("zone_eligibilite").isNull()).as("empty lists are null in data·inclusion").isTrue();
        JsonNode ours = creche.get("passerelle");
        assertThat(ours.get("regle_acces").asText()).isEqualTo("validation");
        assertThat(ours.get("statut").asText()).isEqualTo("publiee");
        assertThat(ours.get("version").asInt()).isEqualTo(1);
        assertThat(ours.get("familles").toString()).contains("garde-enfants");
        assertThat(ours.get("sessions").get(0).get("placesLeft").asInt()).isEqualTo(3);
        assertThat(get("/api/v1/services/" + SOURCE + "--chantier").get("passerelle").get("siae").get("type").asText())
                .isEqualTo("ACI");
    }

    @Test
    void aCategoryFilterMatchesEveryThematiqueOfTheCategory() throws Exception {
        assertThat(ids(get("/api/v1/services?sources=" + SOURCE + "&thematiques=famille")))
                .containsExactly(SOURCE + "--creche");
        assertThat(ids(get("/api/v1/services?sources=" + SOURCE + "&thematiques=mobilite--preparer-un-permis,famille")))
                .containsExactlyInAnyOrder(SOURCE + "--creche", SOURCE + "--permis");
    }

    @Test
    void filtersNarrowTheListAsDataInclusionDoes() throws Exception {
        String base = "/api/v1/services?sources=" + SOURCE;
        assertThat(ids(get(base + "&code_departement=91"))).containsExactly(SOURCE + "--chantier");
        assertThat(ids(get(base + "&code_commune=77288"))).hasSize(2);
        assertThat(ids(get(base + "&frais=payant"))).containsExactly(SOURCE + "--permis");
        assertThat(ids(get(base + "&publics=jeunes"))).containsExactly(SOURCE + "--chantier");
        assertThat(ids(get(base + "&modes_accueil=a-distance"))).containsExactly(SOURCE + "--distance");
        assertThat(ids(get(base + "&types=formation"))).containsExactly(SOURCE + "--permis");
        assertThat(ids(get(base + "&regle_acces=auto"))).containsExactly(SOURCE + "--permis");
        assertThat(get(base + "&structure_id=" + STRUCTURE).get("total").asInt()).isEqualTo(4);
    }

    @Test
    void pagesAreStableAndSized() throws Exception {
        JsonNode first = get("/api/v1/services?sources=" + SOURCE + "&size=3&page=1");
        JsonNode second = get("/api/v1/services?sources=" + SOURCE + "&size=3&page=2");
        assertThat(first.get("items").size()).isEqualTo(3);
        assertThat(second.get("items").size()).isEqualTo(1);
        assertThat(ids(first)).doesNotContainAnyElementsOf(ids(second));
    }

    @ParameterizedTest
    @ValueSource(strings = {"thematiques=famille--inconnue", "frais=cher", "publics=tout-le-monde",
            "modes_accueil=en-ligne", "types=stage", "code_departement=ABC", "code_departement=96", "code_commune=7", "code_commune=77999", "page=0",
            "size=5000", "regle_acces=libre", "page=abc"})
    void badParametersAreRefusedWithAFrenchProblem(String parameter) {
        assertThatThrownBy(() -> get("/api/v1/services?" + parameter))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(400);
                    assertThat(e.getResponse().getContentType().map(Object::toString)).contains("application/problem+json");
                    assertThat(e.getResponse().getBody(String.class).orElse("")).contains("\"status\":400");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/services/test-api--inconnue", "/api/v1/services/test-api--brouillon",
            "/api/v1/structures/test-api--inconnue", "/api/v1/structures/test-api--s2"})
    void unknownOrUnpublishedIdsAreNotFound(String uri) {
        assertThatThrownBy(() -> get(uri)).isInstanceOfSatisfying(HttpClientResponseException.class,
                e -> assertThat(e.getStatus().getCode()).isEqualTo(404));
    }

    @Test
    void structuresAreValidAgainstTheDataInclusionSchema() throws Exception {
        JsonNode page = get("/api/v1/structures?sources=" + SOURCE);
        assertThat(ids(page)).containsExactly(STRUCTURE);
        page.get("items").forEach(DataInclusionSchemas::assertValidStructure);
        JsonNode one = get("/api/v1/structures/" + STRUCTURE);
        DataInclusionSchemas.assertValidStructure(one);
        assertThat(one.get("passerelle").get("typologie").asText()).isEqualTo("CCAS");
    }
}
