package fr.passerelle.catalogue;

import fr.passerelle.shared.DomainException;
import fr.passerelle.support.OfferBuilder;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(startApplication = false)
class OfferValidatorTest {

    @Inject
    OfferValidator validator;

    private static OfferBuilder valid() {
        return OfferBuilder.offer("test-valid--1", "test-valid--s1");
    }

    @Test
    void aCompleteOfferHasNoProblem() {
        assertThat(validator.problemsOf(valid().session(LocalDate.of(2027, 1, 1), 10, 10).build())).isEmpty();
    }

    static Stream<Arguments> invalidOffers() {
        return Stream.of(
                Arguments.of("nom", (UnaryOperator<OfferBuilder>) b -> b.nom("ab")),
                Arguments.of("nom", (UnaryOperator<OfferBuilder>) b -> b.nom("Atelier CV.")),
                Arguments.of("description", (UnaryOperator<OfferBuilder>) b -> b.description("")),
                Arguments.of("thematiques", (UnaryOperator<OfferBuilder>) b -> b.thematiques("famille--inconnue")),
                Arguments.of("thematiques", (UnaryOperator<OfferBuilder>) b -> b.thematiques()),
                Arguments.of("frais", (UnaryOperator<OfferBuilder>) b -> b.frais("cher")),
                Arguments.of("publics", (UnaryOperator<OfferBuilder>) b -> b.publics("martiens")),
                Arguments.of("type", (UnaryOperator<OfferBuilder>) b -> b.type("stage")),
                Arguments.of("zone_eligibilite", (UnaryOperator<OfferBuilder>) b -> b.zone("Seine-et-Marne")),
                Arguments.of("code_insee", (UnaryOperator<OfferBuilder>) b -> b.address(Address.NONE)),
                Arguments.of("passerelle.sessions[0].placesLeft",
                        (UnaryOperator<OfferBuilder>) b -> b.session(LocalDate.of(2027, 1, 1), 10, 11)),
                Arguments.of("passerelle.suspendue_jusqu_au",
                        (UnaryOperator<OfferBuilder>) b -> b.status(OfferStatus.SUSPENDUE)),
                Arguments.of("passerelle.siae.type",
                        (UnaryOperator<OfferBuilder>) b -> b.siae(new SiaeBlock("XYZ", 1, null, null))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidOffers")
    void anInvalidValueIsReportedOnItsField(String field, UnaryOperator<OfferBuilder> change) {
        Offer offer = change.apply(valid()).build();
        assertThat(validator.problemsOf(offer)).extracting(DomainException.FieldError::champ).contains(field);
        assertThatThrownBy(() -> validator.requireValid(offer)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.UNPROCESSABLE));
    }
}
