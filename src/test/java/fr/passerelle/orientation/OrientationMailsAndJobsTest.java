package fr.passerelle.orientation;

import fr.passerelle.account.AccountRef;
import fr.passerelle.account.Given;
import fr.passerelle.support.TestSmtp;
import fr.passerelle.catalogue.AccessRule;
import fr.passerelle.orientation.OrientationWorld.World;
import fr.passerelle.shared.DomainException;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * E-mails through a real SMTP server (GreenMail) and the scheduled work (reminder at 10 days,
 * expiry at 30, anonymisation after 2 years) with a clock the test moves forward.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrientationMailsAndJobsTest implements TestPropertyProvider {

    /** Only ever moves forward: tests share it. */
    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.now();

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Paris");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private TestSmtp smtp;

    @Inject
    OrientationWorld worlds;
    @Inject
    OrientationService orientations;
    @Inject
    Notifications notifications;
    @Inject
    Given given;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

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

    private List<String> subjectsOf(String username) {
        return receivedBy(username).stream().map(m -> {
            try {
                return m.getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private Orientation ask(World w, AccessRule rule) {
        return orientations.ask(new NewOrientation(worlds.offer(w.structure(), rule), null, null,
                "Je suis disponible le matin.", "Matins", true), worlds.ref(w.beneficiary()));
    }

    @Test
    void eachStepIsMailedToThoseConcernedWithSubjectsThatTellNothingPersonal() throws Exception {
        World w = worlds.create();
        Orientation o = ask(w, AccessRule.VALIDATION);

        assertThat(subjectsOf(w.referent())).containsExactly("Passerelle : une demande attend votre validation");
        assertThat(receivedBy(w.operator())).isEmpty();
        assertThat(receivedBy(w.beneficiary())).isEmpty();
        MimeMessage toReferent = receivedBy(w.referent()).get(0);
        assertThat(toReferent.getFrom()[0].toString()).contains("ne-pas-repondre@passerelle.test");
        String text = toReferent.getContent().toString();
        assertThat(text).startsWith("Bonjour,").contains("https://passerelle.test/orientations/" + o.id())
                .doesNotContain("Atelier", "Je suis disponible", w.beneficiary());

        orientations.move(o.id(), OrientationStatus.TRANSMISE, null, worlds.ref(w.referent()));

        assertThat(subjectsOf(w.operator())).containsExactly("Passerelle : nouvelle demande d'orientation");
        assertThat(subjectsOf(w.beneficiary())).containsExactly("Passerelle : du nouveau sur une demande d'orientation");
        assertThat(receivedBy(w.referent())).hasSize(1); // he made the move: no e-mail about it
        assertThat(receivedBy(w.otherOperator())).isEmpty();
        assertThat(receivedBy(w.otherReferent())).isEmpty();

        orientations.move(o.id(), OrientationStatus.ACCEPTEE, null, worlds.ref(w.operator()));

        assertThat(receivedBy(w.beneficiary())).hasSize(2);
        assertThat(receivedBy(w.referent())).hasSize(2);
        for (MimeMessage message : smtp.received()) {
            assertThat(message.getSubject()).startsWith("Passerelle : ").doesNotContain("Atelier", "Compte ");
        }
    }

    @Test
    void theStructureIsRemindedOnceAfterTenDaysThenTheRequestExpiresAfterThirtyWithoutAnswer() {
        World w = worlds.create();
        Orientation transmitted = ask(w, AccessRule.AUTO);
        Orientation toValidate = ask(w, AccessRule.VALIDATION);
        Orientation studied = ask(w, AccessRule.AUTO);
        orientations.move(studied.id(), OrientationStatus.EN_ETUDE, null, worlds.ref(w.operator()));
        int mailsBefore = receivedBy(w.operator()).size();

        clock.advance(Duration.ofDays(9));
        orientations.remindStructures(Duration.ofDays(10));
        assertThat(receivedBy(w.operator())).hasSize(mailsBefore);

        clock.advance(Duration.ofDays(2));
        orientations.remindStructures(Duration.ofDays(10));
        assertThat(subjectsOf(w.operator())).hasSize(mailsBefore + 1)
                .endsWith("Passerelle : une demande attend votre réponse");
        assertThat(notifications.of(worlds.ref(w.operator()))).anyMatch(n ->
                n.kind() == NoticeKind.RELANCE && n.orientationId().equals(transmitted.id()));
        orientations.remindStructures(Duration.ofDays(10));
        assertThat(receivedBy(w.operator())).hasSize(mailsBefore + 1);

        clock.advance(Duration.ofDays(20));
        orientations.expireUnanswered(Duration.ofDays(30));

        AccountRef beneficiary = worlds.ref(w.beneficiary());
        assertThat(orientations.detail(transmitted.id(), beneficiary).orientation().status())
                .isEqualTo(OrientationStatus.EXPIREE);
        assertThat(orientations.detail(toValidate.id(), beneficiary).orientation().status())
                .isEqualTo(OrientationStatus.EXPIREE);
        assertThat(orientations.detail(studied.id(), beneficiary).orientation().status())
                .isEqualTo(OrientationStatus.EN_ETUDE);
        List<OrientationEvent> history = orientations.detail(transmitted.id(), beneficiary).history();
        OrientationEvent last = history.get(history.size() - 1);
        assertThat(last.from()).isEqualTo(OrientationStatus.TRANSMISE);
        assertThat(last.actorRole()).isEqualTo(OrientationEvent.SYSTEM);
        assertThat(last.actorId()).isNull();
        assertThat(subjectsOf(w.beneficiary())).contains("Passerelle : une demande d'orientation a expiré");
    }

    @Test
    void endedRequestsLoseTheirPersonalDataAfterTwoYearsAndKeepTheirStatistics() {
        World w = worlds.create();
        Orientation ended = ask(w, AccessRule.AUTO);
        orientations.move(ended.id(), OrientationStatus.REFUSEE, "non-eligible", worlds.ref(w.operator()));
        Orientation open = ask(w, AccessRule.AUTO);
        orientations.move(open.id(), OrientationStatus.EN_ETUDE, null, worlds.ref(w.operator()));

        clock.advance(Duration.ofDays(731));
        orientations.anonymiseEnded(Duration.ofDays(730));

        assertThatThrownBy(() -> orientations.detail(ended.id(), worlds.ref(w.beneficiary())))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        assertThat(orientations.visibleTo(worlds.ref(w.beneficiary()))).extracting(Orientation::id)
                .contains(open.id()).doesNotContain(ended.id());
        String row = given.sql("""
                select coalesce(beneficiary_id::text, '-') || '|' || coalesce(requested_by::text, '-') || '|'
                       || coalesce(message, '-') || '|' || coalesce(availability, '-') || '|' || status || '|'
                       || refusal_reason || '|' || offer_id
                from orientation where id = ?""", ps -> {
            ps.setObject(1, ended.id());
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(row).isEqualTo("-|-|-|-|REFUSEE|non-eligible|" + ended.offerId());
        long actors = given.sql("select count(actor_id) from orientation_event where orientation_id = ?", ps -> {
            ps.setObject(1, ended.id());
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        assertThat(actors).isZero();
        assertThat(orientations.detail(open.id(), worlds.ref(w.beneficiary())).orientation().message())
                .isEqualTo("Je suis disponible le matin.");
    }
}
