package fr.passerelle.account;

import com.icegreen.greenmail.util.GreenMailUtil;
import fr.passerelle.support.Api;
import fr.passerelle.support.TestSmtp;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The invited colleague receives the link by e-mail, through a real SMTP server (GreenMail). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationMailTest implements TestPropertyProvider {

    private TestSmtp smtp;

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Given given;

    @Override
    public Map<String, String> getProperties() {
        smtp = TestSmtp.start();
        return smtp.properties();
    }

    @AfterAll
    void stop() {
        smtp.stop();
    }

    @Test
    void anInvitedColleagueReceivesTheOneTimeLinkByEmail() throws Exception {
        Api api = new Api(http);
        String structure = given.structure("Atelier vélo solidaire");
        String admin = api.token(given.operator(structure, MembershipRole.ADMIN), Given.PASSWORD);

        Api.Answer answer = api.send(Api.as(HttpRequest.POST("/api/v1/structures/" + structure + "/invitations",
                Map.of("email", "nouvelle.collegue@exemple.fr")), admin));

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().get("email_envoye").asBoolean()).isTrue();
        String link = answer.json().get("lien").asText();
        assertThat(link).startsWith("https://passerelle.test/invitations/");
        MimeMessage mail = smtp.receivedBy("nouvelle.collegue@exemple.fr").get(0);
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("nouvelle.collegue@exemple.fr");
        assertThat(mail.getSubject()).isEqualTo("Invitation à rejoindre une structure sur Passerelle");
        assertThat(GreenMailUtil.getBody(mail)).contains("Atelier v").contains("/invitations/");
    }
}
