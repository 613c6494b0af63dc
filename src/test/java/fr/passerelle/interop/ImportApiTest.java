package fr.passerelle.interop;

import fr.passerelle.account.Given;
import fr.passerelle.account.Role;
import fr.passerelle.support.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static fr.passerelle.interop.ImportFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
public class ImportApiTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Given given;

    /** The request the authorization matrix sends too: one structure under a fresh source. */
    public static MutableHttpRequest<?> importRequest(String source, String fileContent) {
        MultipartBody body = MultipartBody.builder()
                .addPart("file", "donnees.json", MediaType.APPLICATION_OCTET_STREAM_TYPE,
                        fileContent.getBytes(StandardCharsets.UTF_8))
                .build();
        return HttpRequest.POST("/api/v1/imports?source=" + source, body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
    }

    public static MutableHttpRequest<?> importRequest() {
        return importRequest(newSource(), json(List.of(structure("s"))));
    }

    @Test
    void anAdministratorImportsAFileAndGetsTheReport() {
        Api api = new Api(http);
        String token = api.token(given.account(Role.ADMINISTRATEUR), Given.PASSWORD);
        String source = newSource();
        String file = json(List.of(structure("s"), service("o", "s"), service("orphan", "nowhere")));

        Api.Answer first = api.send(Api.as(importRequest(source, file), token));
        Api.Answer again = api.send(Api.as(importRequest(source, file), token));

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("imported").asInt()).isEqualTo(2);
        assertThat(first.json().get("rejected").get(0).get("id").asText()).isEqualTo(source + "--orphan");
        assertThat(first.json().get("rejected").get(0).get("field").asText()).isEqualTo("structure_id");
        assertThat(again.json().get("unchanged").asInt()).isEqualTo(2);
        assertThat(again.json().get("imported").asInt()).isZero();
    }

    @Test
    void anImportedExtractIsFoundInTheSearchAndOnTheMap() throws Exception {
        Api api = new Api(http);
        String token = api.token(given.account(Role.ADMINISTRATEUR), Given.PASSWORD);
        String source = newSource();
        // A national extract carries no Passerelle block: its new structures need no moderation.
        String file = json(List.of(structure("s"), service("o", "s")));

        Api.Answer answer = api.send(Api.as(importRequest(source, file), token));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(api.searchEventually("sources=" + source, page -> Api.hitsContain(page, source + "--o")))
                .as("the imported offer is searchable").isTrue();
        Api.Answer hit = api.send(HttpRequest.GET("/api/v1/search/services?sources=" + source));
        assertThat(hit.json().get("items").get(0).get("service").get("latitude").asDouble()).isNotZero();
    }

    @Test
    void sourceAndFullMayBeMultipartFields() {
        Api api = new Api(http);
        String token = api.token(given.account(Role.ADMINISTRATEUR), Given.PASSWORD);
        String source = newSource();
        api.send(Api.as(importRequest(source, json(List.of(structure("s"), service("kept", "s"), service("gone", "s")))),
                token));
        MultipartBody body = MultipartBody.builder()
                .addPart("source", source)
                .addPart("full", "true")
                .addPart("file", "services.json", MediaType.APPLICATION_OCTET_STREAM_TYPE,
                        json(List.of(service("kept", "s"))).getBytes(StandardCharsets.UTF_8))
                .build();

        Api.Answer answer = api.send(Api.as(HttpRequest.POST("/api/v1/imports", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), token));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("unchanged").asInt()).isEqualTo(1);
        assertThat(answer.json().get("archived").asInt()).isEqualTo(1);
    }

    @Test
    void anUnreadableFileIsA400() {
        Api api = new Api(http);
        String token = api.token(given.account(Role.ADMINISTRATEUR), Given.PASSWORD);

        Api.Answer answer = api.send(Api.as(importRequest(newSource(), "[{\"id\": "), token));

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    }
}
