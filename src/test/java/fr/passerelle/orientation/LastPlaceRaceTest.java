package fr.passerelle.orientation;

import fr.passerelle.account.AccountRef;
import fr.passerelle.account.Given;
import fr.passerelle.account.Role;
import fr.passerelle.orientation.OrientationWorld.World;
import fr.passerelle.shared.DomainException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Places: an acceptance takes one; two acceptances for the last place, exactly one wins. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LastPlaceRaceTest {

    @Inject
    OrientationWorld worlds;
    @Inject
    OrientationService orientations;
    @Inject
    Given given;

    private World w;

    @BeforeAll
    void setUp() {
        w = worlds.create();
    }

    private long sessionOf(String offer) {
        return given.sql("select id from offer_session where offer_id = ?", ps -> {
            ps.setString(1, offer);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private int placesLeft(long session) {
        return given.sql("select places_left from offer_session where id = ?", ps -> {
            ps.setLong(1, session);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private Orientation askFor(String offer, Long session) {
        String beneficiary = given.account(Role.BENEFICIAIRE);
        return orientations.ask(new NewOrientation(offer, null, session, "Bonjour", null, true), worlds.ref(beneficiary));
    }

    @RepeatedTest(5)
    void twoAcceptancesForTheLastPlaceExactlyOneWins() throws Exception {
        String offer = worlds.offerWithSession(w.structure(), 10, 1);
        long session = sessionOf(offer);
        Orientation first = askFor(offer, session);
        Orientation second = askFor(offer, session);
        AccountRef operator = worlds.ref(w.operator());
        AccountRef colleague = worlds.ref(given.operator(w.structure(), fr.passerelle.account.MembershipRole.MEMBRE));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<OrientationStatus> a = threads.submit(() -> accept(start, first, operator));
            Future<OrientationStatus> b = threads.submit(() -> accept(start, second, colleague));
            start.countDown();
            List<OrientationStatus> outcomes = List.of(a.get(), b.get());
            assertThat(outcomes).containsExactlyInAnyOrder(OrientationStatus.ACCEPTEE, OrientationStatus.TRANSMISE);
        } finally {
            threads.shutdownNow();
        }
        assertThat(placesLeft(session)).isZero();
    }

    /** ACCEPTEE when it won the place; the status it kept (TRANSMISE) when refused with a 409. */
    private OrientationStatus accept(CountDownLatch start, Orientation o, AccountRef operator) throws Exception {
        start.await();
        try {
            return orientations.move(o.id(), OrientationStatus.ACCEPTEE, null, operator).orientation().status();
        } catch (DomainException e) {
            assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
            return orientations.detail(o.id(), operator).orientation().status();
        }
    }

    @Test
    void acceptingTakesAPlaceAndAFullSessionProposesTheWaitingList() {
        String offer = worlds.offerWithSession(w.structure(), 2, 2);
        long session = sessionOf(offer);
        Orientation first = askFor(offer, session);
        Orientation second = askFor(offer, session);
        Orientation third = askFor(offer, session);
        AccountRef operator = worlds.ref(w.operator());

        orientations.move(first.id(), OrientationStatus.ACCEPTEE, null, operator);
        assertThat(placesLeft(session)).isEqualTo(1);
        orientations.move(second.id(), OrientationStatus.ACCEPTEE, null, operator);
        assertThat(placesLeft(session)).isZero();
        assertThatThrownBy(() -> orientations.move(third.id(), OrientationStatus.ACCEPTEE, null, operator))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.getMessage()).contains("complète");
                });
        assertThat(placesLeft(session)).isZero();

        // A cancellation after acceptance gives the place back.
        orientations.move(first.id(), OrientationStatus.ANNULEE, null, worlds.ref(beneficiaryOf(first)));
        assertThat(placesLeft(session)).isEqualTo(1);
    }

    @Test
    void aFullSessionWithoutWaitingListRefusesNewRequestsAndOneWithAWaitingListQueuesThem() {
        String full = worlds.offerWithSession(w.structure(), 2, 0);
        assertThatThrownBy(() -> askFor(full, sessionOf(full))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.UNPROCESSABLE));

        String queued = worlds.offerWithSession(w.structure(), 2, 0);
        given.sql("update offer_session set waiting_list = true where offer_id = ?", ps -> {
            ps.setString(1, queued);
            return ps.executeUpdate();
        });
        Orientation waiting = askFor(queued, sessionOf(queued));
        assertThat(waiting.waitingList()).isTrue();
        assertThatThrownBy(() -> orientations.move(waiting.id(), OrientationStatus.ACCEPTEE, null,
                worlds.ref(w.operator()))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getMessage()).contains("liste d'attente"));
    }

    private String beneficiaryOf(Orientation o) {
        return given.sql("select username from account where id = ?", ps -> {
            ps.setLong(1, o.beneficiaryId());
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
