package fr.passerelle.orientation;

import fr.passerelle.shared.DomainException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;

import static fr.passerelle.orientation.OrientationStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The workflow, written out by hand: every pair of statuses is either in this list or refused. */
class OrientationStatusTest {

    static final Set<String> ALLOWED = Set.of(
            "DEMANDEE>A_VALIDER", "DEMANDEE>TRANSMISE", "DEMANDEE>ANNULEE",
            "A_VALIDER>TRANSMISE", "A_VALIDER>REFUSEE_REFERENT", "A_VALIDER>ANNULEE", "A_VALIDER>EXPIREE",
            "TRANSMISE>EN_ETUDE", "TRANSMISE>ACCEPTEE", "TRANSMISE>REFUSEE", "TRANSMISE>ANNULEE", "TRANSMISE>EXPIREE",
            "EN_ETUDE>ACCEPTEE", "EN_ETUDE>REFUSEE", "EN_ETUDE>ANNULEE", "EN_ETUDE>EXPIREE",
            "ACCEPTEE>ENTREE", "ACCEPTEE>REFUSEE", "ACCEPTEE>ANNULEE",
            "ENTREE>TERMINEE");

    static Stream<Arguments> pairs() {
        return Arrays.stream(values()).flatMap(from -> Arrays.stream(values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("pairs")
    void aMoveIsAllowedOnlyWhenTheWorkflowListsIt(OrientationStatus from, OrientationStatus to) {
        if (ALLOWED.contains(from + ">" + to)) {
            assertThat(from.moveTo(to)).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> from.moveTo(to)).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
        }
    }

    @org.junit.jupiter.api.Test
    void theEndsAreRefusedByTheStructureOrTheReferentFinishedCancelledAndExpired() {
        assertThat(Arrays.stream(values()).filter(OrientationStatus::isFinal))
                .containsExactlyInAnyOrder(REFUSEE, TERMINEE, REFUSEE_REFERENT, ANNULEE, EXPIREE);
    }
}
