package fr.passerelle.packaging;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar a user runs (target/passerelle.jar, as README says) starts and serves the portal:
 * catches what the test classpath hides, such as a dependency Maven left out of the jar.
 */
class PackagedJarIT {

    private static final String DATABASE = "passerelle_it_" + Path.of(System.getProperty("user.dir"))
            .getFileName().toString().toLowerCase().replaceAll("[^a-z0-9]", "_");

    private static Process server;
    private static Path log;
    private static int port;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startTheJar() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres",
                "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("create database " + DATABASE);
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path home = Files.createTempDirectory("passerelle-it");
        log = home.resolve("server.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", Path.of("target", "passerelle.jar").toAbsolutePath().toString());
        builder.environment().put("PASSERELLE_PORT", String.valueOf(port));
        builder.environment().put("PASSERELLE_HOME", home.toString());
        builder.environment().put("JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/" + DATABASE);
        builder.environment().put("JDBC_USER", "postgres");
        builder.environment().put("PASSERELLE_DEMO", "false");
        server = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            assertThat(server.isAlive()).as("the jar stopped:%n%s", Files.readString(log)).isTrue();
            if (status("/health") == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The jar was not ready within 3 minutes:\n" + Files.readString(log));
    }

    @AfterAll
    static void stopTheJar() {
        if (server != null) {
            server.destroy();
        }
    }

    private static int status(String path) {
        try {
            return get(path).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theJarServesTheApiAndThePages() throws Exception {
        HttpResponse<String> services = get("/api/v1/services?size=1");
        assertThat(services.statusCode()).isEqualTo(200);
        assertThat(services.body()).contains("\"items\":[]");
        HttpResponse<String> communes = get("/api/v1/communes?q=melun");
        assertThat(communes.body()).contains("77288");
        assertThat(get("/api/v1/communes?q=zzzzzz").body()).contains("\"items\":[]");
        HttpResponse<String> search = get("/api/v1/search/services?code_commune=77288");
        assertThat(search.statusCode()).isEqualTo(200);
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("lang=\"fr\"");
    }
}
