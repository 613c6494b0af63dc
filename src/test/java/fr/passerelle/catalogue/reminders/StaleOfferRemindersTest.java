package fr.passerelle.catalogue.reminders;

import fr.passerelle.account.Given;
import fr.passerelle.support.TestSmtp;
import fr.passerelle.account.MembershipRole;
import fr.passerelle.catalogue.OfferStatus;
import fr.passerelle.support.OfferBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reminders go through a real SMTP server (GreenMail) started in this JVM. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaleOfferRemindersTest implements TestPropertyProvider {

    private TestSmtp smtp;

    @Inject
    StaleOfferReminders reminders;
    @Inject
    Given given;

    @Override
    public Map<String, String> getProperties() {
        smtp = TestSmtp.start();
        return smtp.properties();
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    private List<MimeMessage> receivedBy(String username) {
        return smtp.receivedBy(username + "@test.example");
    }

    @Test
    void eachActiveOperatorGetsOneDigestOfHisStructuresStaleOffersAndNotAgainWithinFourteenDays() throws Exception {
        String structure = given.structure("Maison des Mésanges");
        String admin = given.operator(structure, MembershipRole.ADMIN);
        String member = given.operator(structure, MembershipRole.MEMBRE);
        String disabled = given.operator(structure, MembershipRole.MEMBRE);
        given.disable(disabled);
        String outsider = given.operator(given.structure("Structure voisine"), MembershipRole.ADMIN);
        String old = given.offer(OfferBuilder.offer(Given.newOfferId(), structure).nom("Atelier CV des Mésanges")
                .dateMaj(LocalDate.now().minusMonths(8)).build());
        String older = given.offer(OfferBuilder.offer(Given.newOfferId(), structure).nom("Permis des Mésanges")
                .dateMaj(LocalDate.now().minusYears(2)).build());
        String fresh = given.offer(OfferBuilder.offer(Given.newOfferId(), structure).nom("Café des Mésanges")
                .dateMaj(LocalDate.now().minusMonths(1)).build());
        String draft = given.offer(OfferBuilder.offer(Given.newOfferId(), structure).nom("Brouillon des Mésanges")
                .status(OfferStatus.BROUILLON).dateMaj(LocalDate.now().minusYears(2)).build());

        StaleOfferReminders.Run run = reminders.sendDue();

        assertThat(run.skipped()).isFalse();
        assertThat(run.failures()).isZero();
        assertThat(receivedBy(admin)).hasSize(1);
        assertThat(receivedBy(member)).hasSize(1);
        assertThat(receivedBy(disabled)).isEmpty();
        assertThat(receivedBy(outsider)).isEmpty();
        MimeMessage message = receivedBy(admin).get(0);
        assertThat(message.getSubject()).isEqualTo("Passerelle : 2 offres à mettre à jour pour Maison des Mésanges");
        assertThat(message.getFrom()[0].toString()).contains("ne-pas-repondre@passerelle.test");
        assertThat(message.getAllRecipients()).hasSize(1);
        String text = message.getContent().toString();
        assertThat(text).startsWith("Bonjour,")
                .contains("Atelier CV des Mésanges", "Permis des Mésanges")
                .contains("https://passerelle.test/offres/" + old, "https://passerelle.test/offres/" + older)
                .doesNotContain("Café des Mésanges", fresh, "Brouillon des Mésanges", draft)
                .doesNotContain(member + "@", disabled, outsider);
        assertThat(text.indexOf("Permis des Mésanges")).isLessThan(text.indexOf("Atelier CV des Mésanges"));

        reminders.sendDue();

        assertThat(receivedBy(admin)).hasSize(1);
        assertThat(receivedBy(member)).hasSize(1);

        given.sql("update offer_reminder set sent_at = now() - interval '15 days' where offer_id in (?, ?)", ps -> {
            ps.setString(1, old);
            ps.setString(2, older);
            return ps.executeUpdate();
        });
        reminders.sendDue();

        assertThat(receivedBy(admin)).hasSize(2);
        assertThat(receivedBy(member)).hasSize(2);
    }
}
