package fr.passerelle.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Calls the API like a client would and hands back every answer, refusals included. */
public final class Api {

    /** One answer: status, raw body, a header or two. */
    public record Answer(int status, String body, @Nullable String contentType, HttpResponse<?> response) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Nullable
        public String header(String name) {
            return response.getHeaders().get(name);
        }

        /** A French problem+json refusal with this status. */
        public Answer isProblem(int expectedStatus) {
            assertThat(status).as(body).isEqualTo(expectedStatus);
            assertThat(contentType).startsWith("application/problem+json");
            assertThat(json().get("status").asInt()).isEqualTo(expectedStatus);
            assertThat(json().get("detail").asText()).isNotBlank();
            return this;
        }
    }

    public static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;

    public Api(HttpClient http) {
        this.http = http;
    }

    public Answer send(MutableHttpRequest<?> request) {
        try {
            HttpResponse<String> response = http.toBlocking().exchange(request, String.class);
            return new Answer(response.code(), response.getBody().orElse(""),
                    response.getContentType().map(Object::toString).orElse(null), response);
        } catch (HttpClientResponseException e) {
            HttpResponse<?> response = e.getResponse();
            return new Answer(response.code(), response.getBody(String.class).orElse(""),
                    response.getContentType().map(Object::toString).orElse(null), response);
        }
    }

    /**
     * Logs in from a made-up client address (the tests trust 127.0.0.1 as a proxy): failures
     * in one test must not throttle the shared loopback address for the others.
     */
    public Answer login(String username, String password) {
        return login(username, password, randomAddress());
    }

    public Answer login(String username, String password, String clientAddress) {
        return send(HttpRequest.POST("/api/v1/auth/token",
                        Map.of("username", username, "password", password))
                .header("X-Forwarded-For", clientAddress));
    }

    public String token(String username, String password) {
        Answer answer = login(username, password);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("access_token").asText();
    }

    public static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    public static <T extends MutableHttpRequest<?>> T as(T request, @Nullable String token) {
        if (token != null) {
            request.bearerAuth(token);
        }
        return request;
    }

    /**
     * Polls the public search with {@code parameters} until the answer meets the expectation,
     * within 5 s (the index follows PostgreSQL through the outbox, a few hundred ms behind).
     */
    public boolean searchEventually(String parameters, Predicate<JsonNode> expectation)
            throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(5);
        while (Instant.now().isBefore(deadline)) {
            if (expectation.test(send(HttpRequest.GET("/api/v1/search/services?" + parameters)).json())) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** Whether a search answer lists the offer. */
    public static boolean hitsContain(JsonNode page, String id) {
        for (JsonNode item : page.get("items")) {
            if (item.get("service").get("id").asText().equals(id)) {
                return true;
            }
        }
        return false;
    }
}
