package fr.passerelle.geo.api;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@MicronautTest(transactional = false)
class GeoApiTest {

    private static final Argument<Map<String, Object>> JSON = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient client;

    private Map<String, Object> get(String uri) {
        return client.toBlocking().retrieve(HttpRequest.GET(uri), JSON);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> body) {
        return (List<Map<String, Object>>) body.get("items");
    }

    @Test
    void searchingCommunesGivesItemsWithCodesNamesPostcodesTerritoriesAndAPoint() {
        List<Map<String, Object>> items = items(get("/api/v1/communes?q=melun"));
        assertThat(items).isNotEmpty().hasSizeLessThanOrEqualTo(10);
        Map<String, Object> melun = items.get(0);
        assertThat(melun).containsOnlyKeys("code", "nom", "codes_postaux", "code_departement", "departement",
                "code_region", "region", "code_epci", "epci", "population", "latitude", "longitude");
        assertThat(melun).containsEntry("code", "77288").containsEntry("nom", "Melun")
                .containsEntry("codes_postaux", List.of("77000"))
                .containsEntry("code_departement", "77").containsEntry("departement", "Seine-et-Marne")
                .containsEntry("code_region", "11").containsEntry("region", "Île-de-France")
                .containsEntry("code_epci", "247700057").containsEntry("epci", "CA Melun Val de Seine");
        assertThat(((Number) melun.get("population")).intValue()).isGreaterThan(30_000);
        assertThat(((Number) melun.get("latitude")).doubleValue()).isBetween(48.5, 48.6);
        assertThat(((Number) melun.get("longitude")).doubleValue()).isBetween(2.6, 2.7);
    }

    @Test
    void searchingByPostcodeAndWithALimitWorks() {
        assertThat(items(get("/api/v1/communes?q=91000"))).first().extracting(c -> c.get("code")).isEqualTo("91228");
        assertThat(items(get("/api/v1/communes?q=saint&limit=3"))).hasSize(3);
        assertThat(items(get("/api/v1/communes?q=77&limit=50"))).hasSize(50);
    }

    @Test
    void aCommuneWithoutEpciShowsNullEpciFields() {
        Map<String, Object> ouessant = get("/api/v1/communes/29155");
        assertThat(ouessant).containsEntry("code_epci", null).containsEntry("epci", null);
    }

    @Test
    void aSearchWithoutQueryIsRefusedAsAProblem() {
        for (String uri : List.of("/api/v1/communes", "/api/v1/communes?q=", "/api/v1/communes?q=%20%20",
                "/api/v1/communes?q=melun&limit=51", "/api/v1/communes?q=melun&limit=0",
                "/api/v1/communes?q=melun&limit=abc")) {
            HttpClientResponseException refused = catchThrowableOfType(HttpClientResponseException.class,
                    () -> client.toBlocking().exchange(HttpRequest.GET(uri), JSON));
            assertThat(refused).as(uri).isNotNull();
            assertThat(refused.getStatus().getCode()).as(uri).isEqualTo(400);
            assertThat(refused.getResponse().getContentType()).as(uri).get()
                    .hasToString("application/problem+json");
            Map<String, Object> problem = refused.getResponse().getBody(JSON).orElseThrow();
            assertThat(problem).as(uri).containsEntry("status", 400).containsKey("detail");
        }
    }

    @Test
    void oneCommuneIsFoundByItsInseeCodeOrArrondissementCode() {
        assertThat(get("/api/v1/communes/77288")).containsEntry("nom", "Melun");
        assertThat(get("/api/v1/communes/75111")).containsEntry("code", "75056").containsEntry("nom", "Paris");
    }

    @Test
    void anUnknownCommuneIsNotFoundAsAProblem() {
        HttpClientResponseException missing = catchThrowableOfType(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/api/v1/communes/00000"), JSON));
        assertThat(missing.getStatus().getCode()).isEqualTo(404);
        assertThat(missing.getResponse().getContentType()).get().hasToString("application/problem+json");
        assertThat(missing.getResponse().getBody(JSON).orElseThrow())
                .containsEntry("detail", "La commune « 00000 » est introuvable.");
    }

    @Test
    void theDepartementsAreListedByCodeWithTheirRegion() {
        HttpResponse<Map<String, Object>> response = client.toBlocking()
                .exchange(HttpRequest.GET("/api/v1/departements"), JSON);
        assertThat(response.getStatus().getCode()).isEqualTo(200);
        List<Map<String, Object>> items = items(response.body());
        assertThat(items).hasSize(101);
        assertThat(items.get(0)).containsExactlyInAnyOrderEntriesOf(
                Map.of("code", "01", "nom", "Ain", "code_region", "84", "region", "Auvergne-Rhône-Alpes"));
        assertThat(items).anySatisfy(d -> assertThat(d).containsEntry("code", "2A"));
    }
}
