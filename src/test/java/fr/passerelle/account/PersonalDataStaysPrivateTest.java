package fr.passerelle.account;

import fr.passerelle.support.Api;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** DOMAIN.md, Privacy: people are not public, and logs hold no personal data nor secrets. */
@MicronautTest(transactional = false)
class PersonalDataStaysPrivateTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Given given;

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void captureLogs() {
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void releaseLogs() {
        root.detachAppender(logs);
    }

    @Test
    void noEmailPasswordHashOrTokenReachesPublicAnswersOrLogs() {
        Api api = new Api(http);
        String structure = given.structure("Épicerie solidaire");
        String username = Given.unique("prive");
        String email = username + "@vie-privee.fr";
        List<String> answers = new ArrayList<>();

        // Sign-up, a join request, its acceptance, logins right, wrong and throttled, an invitation.
        answers.add(api.send(HttpRequest.POST("/api/v1/auth/inscription", Map.of("profil", "professionnel",
                "username", username, "password", Given.PASSWORD, "email", email, "nom", "Alex Secret",
                "structure_id", structure))).body());
        String admin = given.operator(structure, MembershipRole.ADMIN);
        String adminToken = api.token(admin, Given.PASSWORD);
        answers.add(api.send(HttpRequest.POST("/api/v1/structures/" + structure + "/membres/" + username
                + "/accepter", "").bearerAuth(adminToken)).body());
        String userToken = api.token(username, Given.PASSWORD);
        answers.add(api.send(HttpRequest.GET("/api/v1/me").bearerAuth(userToken)).body());
        for (int i = 0; i < 6; i++) {
            answers.add(api.login(username, "Faux-" + Given.PASSWORD, "10.9.9.9").body());
        }
        String invitation = api.send(HttpRequest.POST("/api/v1/structures/" + structure + "/invitations",
                Map.of("email", "invitee-" + email)).bearerAuth(adminToken)).json().get("token").asText();
        answers.add(api.send(HttpRequest.POST("/api/v1/invitations/" + invitation + "/accepter",
                Map.of("username", Given.unique("inv"), "password", Given.PASSWORD, "nom", "Invitée"))).body());

        // What visitors read about the structure and its offers.
        List<String> publicAnswers = List.of(
                api.send(HttpRequest.GET("/api/v1/structures/" + structure)).body(),
                api.send(HttpRequest.GET("/api/v1/structures?code_commune=77288&size=1000")).body(),
                api.send(HttpRequest.GET("/api/v1/services?structure_id=" + structure)).body());

        for (String publicAnswer : publicAnswers) {
            assertThat(publicAnswer).doesNotContain(email).doesNotContain(username).doesNotContain(admin)
                    .doesNotContain("argon2").doesNotContain("password");
        }
        for (String answer : answers) {
            assertThat(answer).doesNotContain(email).doesNotContain("argon2").doesNotContain(Given.PASSWORD);
        }
        String logged = String.join("\n", logs.list.stream().map(event -> event.getFormattedMessage()
                + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy())))
                .toList());
        assertThat(logs.list).isNotEmpty();
        assertThat(logged).doesNotContain(email).doesNotContain("@vie-privee.fr").doesNotContain(Given.PASSWORD)
                .doesNotContain("argon2").doesNotContain(userToken).doesNotContain(adminToken).doesNotContain(invitation)
                .doesNotContain("10.9.9.9");
    }
}
