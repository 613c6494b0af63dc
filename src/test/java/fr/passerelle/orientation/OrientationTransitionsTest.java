package fr.passerelle.orientation;

import fr.passerelle.account.AccountRef;
import fr.passerelle.account.Role;
import fr.passerelle.orientation.OrientationWorld.World;
import fr.passerelle.shared.DomainException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static fr.passerelle.orientation.OrientationStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every status × every target × every kind of caller, through the service: allowed moves pass
 * and write one event; the others are refused, 403 (may not) or 409 (workflow has no such move),
 * and change nothing. Expectations come from two tables written out here, not from the code.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrientationTransitionsTest {

    enum Actor { BENEFICIAIRE, REFERENT, OPERATEUR, AUTRE_REFERENT, AUTRE_OPERATEUR }

    /** Who may take a request to each status (the requester for ANNULEE). */
    static final Map<OrientationStatus, Set<String>> WHO = Map.ofEntries(
            Map.entry(DEMANDEE, Set.of()), Map.entry(A_VALIDER, Set.of()), Map.entry(EXPIREE, Set.of()),
            Map.entry(TRANSMISE, Set.of("REFERENT")), Map.entry(REFUSEE_REFERENT, Set.of("REFERENT")),
            Map.entry(EN_ETUDE, Set.of("OPERATEUR")), Map.entry(ACCEPTEE, Set.of("OPERATEUR")),
            Map.entry(REFUSEE, Set.of("OPERATEUR")), Map.entry(ENTREE, Set.of("OPERATEUR")),
            Map.entry(TERMINEE, Set.of("OPERATEUR")), Map.entry(ANNULEE, Set.of("REQUESTER")));

    /** The structure sees a request once it was transmitted. */
    static final Set<OrientationStatus> NOT_TRANSMITTED = EnumSet.of(DEMANDEE, A_VALIDER, REFUSEE_REFERENT);

    @Inject
    OrientationWorld worlds;
    @Inject
    OrientationRepository repository;
    @Inject
    OrientationService orientations;
    @Inject
    TransactionOperations<Connection> transactions;

    private World w;
    private String offer;

    @BeforeAll
    void setUp() {
        w = worlds.create();
        offer = worlds.offer(w.structure(), fr.passerelle.catalogue.AccessRule.AUTO);
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (OrientationStatus from : values()) {
            for (OrientationStatus to : values()) {
                for (Actor actor : Actor.values()) {
                    cases.add(Arguments.of(from, to, actor, Role.BENEFICIAIRE));
                }
                if (to == ANNULEE) {
                    cases.add(Arguments.of(from, to, Actor.REFERENT, Role.REFERENT));
                    cases.add(Arguments.of(from, to, Actor.BENEFICIAIRE, Role.REFERENT));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} -> {1} by {2} (asked by {3})")
    @MethodSource("cases")
    void eachCallerMakesOnlyTheMovesHisRoleAllowsAndTheWorkflowHas(OrientationStatus from, OrientationStatus to,
                                                                    Actor actor, Role requester) {
        Orientation stored = insert(from, requester);
        AccountRef who = worlds.ref(switch (actor) {
            case BENEFICIAIRE -> w.beneficiary();
            case REFERENT -> w.referent();
            case OPERATEUR -> w.operator();
            case AUTRE_REFERENT -> w.otherReferent();
            case AUTRE_OPERATEUR -> w.otherOperator();
        });
        boolean sees = actor == Actor.BENEFICIAIRE || actor == Actor.REFERENT
                || actor == Actor.OPERATEUR && !NOT_TRANSMITTED.contains(from);
        boolean isRequester = actor.name().equals(requester.name());
        boolean mayMakeIt = WHO.get(to).contains(actor.name()) || WHO.get(to).contains("REQUESTER") && isRequester;
        String motif = to == REFUSEE ? "non-eligible" : to == TERMINEE ? "formation-qualifiante" : null;

        if (sees && mayMakeIt && OrientationStatusTest.ALLOWED.contains(from + ">" + to)) {
            OrientationService.Detail moved = orientations.move(stored.id(), to, motif, who);
            assertThat(moved.orientation().status()).isEqualTo(to);
            assertThat(moved.history()).hasSize(1);
            assertThat(moved.history().get(0).from()).isEqualTo(from);
            assertThat(moved.history().get(0).to()).isEqualTo(to);
            assertThat(moved.history().get(0).actorId()).isEqualTo(who.id());
        } else {
            DomainException.Kind expected = sees && mayMakeIt ? DomainException.Kind.CONFLICT
                    : DomainException.Kind.FORBIDDEN;
            assertThatThrownBy(() -> orientations.move(stored.id(), to, motif, who))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(expected));
            Orientation after = transactions.executeRead(s -> repository.find(stored.id()).orElseThrow());
            assertThat(after.status()).isEqualTo(from);
            List<OrientationEvent> events = transactions.executeRead(s -> repository.events(stored.id()));
            assertThat(events).isEmpty();
        }
    }

    private Orientation insert(OrientationStatus status, Role requester) {
        Instant now = Instant.now();
        long beneficiary = worlds.id(w.beneficiary());
        Orientation o = new Orientation(UUID.randomUUID(), beneficiary, offer, "Atelier", w.structure(),
                requester == Role.BENEFICIAIRE ? beneficiary : worlds.id(w.referent()), requester, null, false,
                "Message", null, now, status, now, NOT_TRANSMITTED.contains(status) ? null : now, null, null, now);
        transactions.executeWrite(s -> {
            repository.insert(o);
            return null;
        });
        return o;
    }
}
