package fr.passerelle.interop;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI description and its Swagger UI are public, through security and the UI proxy. */
@MicronautTest(transactional = false)
class ApiDocsTest {

    @Inject
    EmbeddedServer server;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build().send(
                HttpRequest.newBuilder(server.getURI().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void swaggerUiIsServedAtApiDocs() throws Exception {
        HttpResponse<String> page = get("/api/docs");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsIgnoringCase("swagger").contains("/swagger/passerelle-api.yml");
    }

    @Test
    void theDescriptionListsOurEndpoints() throws Exception {
        HttpResponse<String> spec = get("/swagger/passerelle-api.yml");

        assertThat(spec.statusCode()).isEqualTo(200);
        assertThat(spec.body()).contains("openapi:").contains("/api/v1/imports").contains("/api/v1/services");
    }
}
