package fr.passerelle.catalogue.quality;

import fr.passerelle.catalogue.Address;
import fr.passerelle.catalogue.Contact;
import fr.passerelle.catalogue.Offer;
import fr.passerelle.support.OfferBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static fr.passerelle.catalogue.quality.QualityCriterion.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Each data·inclusion criterion on its own, with the cases of their
 * {@code tests/unit/v1/test_score_qualite.py}, then the mean.
 */
class QualityScorerTest {

    static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    static final String LONG = "x".repeat(500);
    static final Address NO_STREET = new Address(null, null, "77000", "77288", "Melun", 48.5, 2.6);

    /** Complete: every criterion met, today. */
    static OfferBuilder complete() {
        return OfferBuilder.offer("q--1", "q--s").description(LONG).dateMaj(TODAY);
    }

    static CriterionResult result(Offer offer, QualityCriterion criterion) {
        return QualityScorer.score(offer, TODAY).criteria().stream().filter(c -> c.criterion() == criterion)
                .findFirst().orElseThrow();
    }

    static Double value(OfferBuilder offer, QualityCriterion criterion) {
        return result(offer.build(), criterion).value();
    }

    @Test
    void aCompleteOfferScoresOneWithNothingToDo() {
        QualityReport report = QualityScorer.score(complete().build(), TODAY);
        assertThat(report.score()).isEqualTo(1.0);
        assertThat(report.percent()).isEqualTo(100);
        assertThat(report.todo()).isEmpty();
        assertThat(report.criteria()).extracting(CriterionResult::criterion).containsExactly(QualityCriterion.values());
    }

    @Test
    void theAddressCountsOnlyForOnSiteOffersOrWhenPeopleMustComeInPerson() {
        assertThat(value(complete().address(NO_STREET).modesAccueil("a-distance").modesMobilisation("telephoner"),
                ADRESSE_BIEN_DEFINIE)).isNull();
        assertThat(value(complete().address(NO_STREET).modesAccueil(Offer.MODE_ON_SITE), ADRESSE_BIEN_DEFINIE))
                .isEqualTo(0.0);
        assertThat(value(complete().address(NO_STREET).modesAccueil("a-distance").modesMobilisation("se-presenter"),
                ADRESSE_BIEN_DEFINIE)).isEqualTo(0.0);
        assertThat(value(complete().modesAccueil(Offer.MODE_ON_SITE), ADRESSE_BIEN_DEFINIE)).isEqualTo(1.0);
        assertThat(result(complete().address(NO_STREET).build(), ADRESSE_BIEN_DEFINIE).todoKey())
                .isEqualTo("quality.todo.adresse_bien_definie");
    }

    @Test
    void theTelephoneIsRequiredOnlyWhenTheOfferSaysToPhone() {
        Contact noPhone = new Contact(null, "accueil@test.example", null);
        assertThat(value(complete().contact(noPhone).modesMobilisation("se-presenter"), TELEPHONE_BIEN_DEFINI)).isNull();
        assertThat(value(complete().contact(noPhone).modesMobilisation("telephoner"), TELEPHONE_BIEN_DEFINI))
                .isEqualTo(0.0);
        assertThat(value(complete().modesMobilisation("telephoner"), TELEPHONE_BIEN_DEFINI)).isEqualTo(1.0);
    }

    @Test
    void theEmailIsRequiredOnlyWhenTheOfferSaysToWrite() {
        Contact noEmail = new Contact("+33160000000", " ", null);
        assertThat(value(complete().contact(noEmail), COURRIEL_BIEN_DEFINI)).isNull();
        assertThat(value(complete().contact(noEmail).modesMobilisation("envoyer-un-courriel"), COURRIEL_BIEN_DEFINI))
                .isEqualTo(0.0);
        assertThat(value(complete().modesMobilisation("envoyer-un-courriel"), COURRIEL_BIEN_DEFINI)).isEqualTo(1.0);
    }

    @Test
    void modesOfMobilisationAndWhoMayAskAreHalfEach() {
        assertThat(value(complete().modesMobilisation().mobilisablePar(), MODES_MOBILISATION_BIEN_DEFINIS))
                .isEqualTo(0.0);
        assertThat(result(complete().modesMobilisation().mobilisablePar("professionnels").build(),
                MODES_MOBILISATION_BIEN_DEFINIS)).extracting(CriterionResult::value, CriterionResult::todoKey)
                .containsExactly(0.5, "quality.todo.modes_mobilisation_bien_definis.modes");
        assertThat(result(complete().modesMobilisation("telephoner").mobilisablePar().build(),
                MODES_MOBILISATION_BIEN_DEFINIS)).extracting(CriterionResult::value, CriterionResult::todoKey)
                .containsExactly(0.5, "quality.todo.modes_mobilisation_bien_definis.par");
        assertThat(value(complete().modesMobilisation("telephoner").mobilisablePar("professionnels"),
                MODES_MOBILISATION_BIEN_DEFINIS)).isEqualTo(1.0);
    }

    /** pendulum's months are 30 days: 6 months = 180 days, 2 years = 730 days, linear between. */
    @ParameterizedTest(name = "updated {0} days ago → {1}")
    @CsvSource({"0, 1.0", "180, 1.0", "181, 1.0", "455, 0.5", "456, 0.5", "600, 0.24", "729, 0.0", "730, 0.0",
            "1095, 0.0"})
    void recentUpdatesScoreOneAndTheValueFallsToZeroAtTwoYears(int days, double expected) {
        assertThat(value(complete().dateMaj(TODAY.minusDays(days)), DATE_MAJ_RECENTE)).isEqualTo(expected);
    }

    @Test
    void datesOfSourcesDataInclusionDoesNotJudgeDoNotCount() {
        LocalDate old = TODAY.minusYears(5);
        assertThat(value(complete().source("agefiph").dateMaj(old), DATE_MAJ_RECENTE)).isNull();
        assertThat(value(complete().source("france-travail").dateMaj(old), DATE_MAJ_RECENTE)).isNull();
        assertThat(value(complete().source("passerelle").dateMaj(old), DATE_MAJ_RECENTE)).isEqualTo(0.0);
    }

    @Test
    void atLeastOneThemeAndOnePublic() {
        assertThat(value(complete().thematiques(), AU_MOINS_UNE_THEMATIQUE)).isEqualTo(0.0);
        assertThat(value(complete(), AU_MOINS_UNE_THEMATIQUE)).isEqualTo(1.0);
        assertThat(value(complete().publics(), AU_MOINS_UN_PUBLIC)).isEqualTo(0.0);
        assertThat(value(complete(), AU_MOINS_UN_PUBLIC)).isEqualTo(1.0);
    }

    @Test
    void anyOfTelephoneEmailOrOnlineLinkIsAMeansOfContact() {
        OfferBuilder none = complete().contact(Contact.NONE).modesMobilisation("se-presenter");
        assertThat(value(none, AU_MOINS_UN_MOYEN_DE_CONTACT)).isEqualTo(0.0);
        assertThat(value(none.lienMobilisation("https://example.org/demande"), AU_MOINS_UN_MOYEN_DE_CONTACT))
                .isEqualTo(1.0);
        assertThat(value(complete().contact(new Contact("+33160000000", null, null)), AU_MOINS_UN_MOYEN_DE_CONTACT))
                .isEqualTo(1.0);
        assertThat(value(complete().contact(new Contact(null, "a@b.example", null)), AU_MOINS_UN_MOYEN_DE_CONTACT))
                .isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0} characters → {1}")
    @CsvSource({"0, 0.0", "100, 0.0", "199, 0.0", "200, 0.0", "300, 0.5", "333, 0.67", "399, 0.99", "400, 1.0",
            "2000, 1.0"})
    void theDescriptionNeedsTwoHundredCharactersAndFullyCountsFromFourHundred(int length, double expected) {
        assertThat(value(complete().description("é".repeat(length)), DESCRIPTION_BIEN_DEFINIE)).isEqualTo(expected);
    }

    @Test
    void theDescriptionToDoSaysHowLongItIsAndHowLongItShouldBe() {
        CriterionResult short_ = result(complete().description("x".repeat(250)).build(), DESCRIPTION_BIEN_DEFINIE);
        assertThat(short_.todoKey()).isEqualTo("quality.todo.description_bien_definie");
        assertThat(short_.todoArgs()).containsExactly(400, 250);
    }

    @Test
    void charactersAreCountedAsPythonDoesNotAsUtf16Units() {
        // 300 emoji are 600 UTF-16 units but 300 characters for Python's len.
        assertThat(value(complete().description("🙂".repeat(300)), DESCRIPTION_BIEN_DEFINIE)).isEqualTo(0.5);
    }

    @Test
    void feesAreFreeOrPaidWithDetails() {
        assertThat(result(complete().frais(null).build(), FRAIS_BIEN_DEFINIS))
                .extracting(CriterionResult::value, CriterionResult::todoKey)
                .containsExactly(0.0, "quality.todo.frais_bien_definis.none");
        assertThat(result(complete().frais("payant").build(), FRAIS_BIEN_DEFINIS))
                .extracting(CriterionResult::value, CriterionResult::todoKey)
                .containsExactly(0.5, "quality.todo.frais_bien_definis.precisions");
        assertThat(value(complete().frais("payant").fraisPrecisions("5 € par séance, pris en charge par le CCAS."),
                FRAIS_BIEN_DEFINIS)).isEqualTo(1.0);
        assertThat(value(complete().frais("gratuit"), FRAIS_BIEN_DEFINIS)).isEqualTo(1.0);
    }

    @Test
    void theScoreIsTheMeanOfTheApplicableCriteriaOnly() {
        // A remote offer asked for by phone: address and e-mail do not apply, 8 criteria do.
        // Unmet: description (0), date (0.5 at 456 days), fees (0.5): (5 + 0 + 0.5 + 0.5) / 8 = 0.75.
        Offer offer = complete().modesAccueil("a-distance").modesMobilisation("telephoner").description("court")
                .dateMaj(TODAY.minusDays(456)).frais("payant").build();
        QualityReport report = QualityScorer.score(offer, TODAY);
        assertThat(report.criteria().stream().filter(CriterionResult::applicable)).hasSize(8);
        assertThat(report.score()).isEqualTo(0.75);
        assertThat(report.percent()).isEqualTo(75);
        assertThat(report.todo()).extracting(CriterionResult::criterion)
                .containsExactly(DESCRIPTION_BIEN_DEFINIE, DATE_MAJ_RECENTE, FRAIS_BIEN_DEFINIS);
    }

    @Test
    void anAlmostPerfectOfferMissingOnlyARecentUpdateLosesOneCriterionOfTen() {
        // Their "service_presque_parfait_sans_date_maj": every criterion applies, the date is 3 years old.
        Offer offer = complete().modesMobilisation("telephoner", "envoyer-un-courriel", "se-presenter")
                .frais("payant").fraisPrecisions("lorem ipsum").dateMaj(TODAY.minusYears(3)).build();
        assertThat(QualityScorer.score(offer, TODAY).score()).isEqualTo(0.9);
    }

    @Test
    void aStaleOfferWithAShortDescriptionAndNothingElseScoresLow() {
        Offer offer = complete().description("court").dateMaj(TODAY.minusYears(3)).thematiques().publics()
                .frais(null).contact(Contact.NONE).modesMobilisation().mobilisablePar().address(NO_STREET).build();
        QualityReport report = QualityScorer.score(offer, TODAY);
        // Only the address applies among the conditional ones (on site): 8 criteria, all at 0.
        assertThat(report.score()).isEqualTo(0.0);
        assertThat(report.todo()).hasSize(8);
    }

    @Test
    void scoresAreRoundedToTwoDecimalsAsPythonRoundsThem() {
        assertThat(QualityScorer.round2(2.0 / 3)).isEqualTo(0.67);
        assertThat(QualityScorer.round2(0.125)).isEqualTo(0.12); // an exact tie goes to the even digit
        assertThat(QualityScorer.round2(0.375)).isEqualTo(0.38);
        assertThat(QualityScorer.round2(1.005)).isEqualTo(1.0); // 1.005 is 1.00499999… in binary
        // Remote, so no address: 7 criteria at 1, e-mail at 0, fees at 0.5 → 7.5 / 9 = 0.8333… → 0.83.
        Offer offer = complete().modesAccueil("a-distance").modesMobilisation("telephoner", "envoyer-un-courriel")
                .frais("payant")
                .contact(new Contact("+33160000000", null, null)).build();
        assertThat(QualityScorer.score(offer, TODAY).score()).isCloseTo(0.83, within(1e-9));
    }
}
