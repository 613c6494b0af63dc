package fr.passerelle.catalogue.ui;

import fr.passerelle.account.Given;
import fr.passerelle.catalogue.OfferStatus;
import fr.passerelle.catalogue.moderation.OfferReports;
import fr.passerelle.support.Api;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The dialog without a browser: its fields, its honeypot, and the service behind it. */
@MicronautTest(transactional = false)
class ReportErrorDialogTest {

    @Inject
    OfferReports reports;
    @Inject
    Given given;

    private long reportsOn(String offer) {
        return given.sql("select count(*) from offer_report where offer_id = ?", ps -> {
            ps.setString(1, offer);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private String offer() {
        return given.offer(given.structure("Structure du dialogue"), OfferStatus.PUBLIEE);
    }

    @Test
    void theHoneypotIsHiddenFromSightScreenReadersAndTheKeyboard() {
        ReportErrorDialog dialog = new ReportErrorDialog(reports, "x", Api::randomAddress);

        var trap = dialog.website.getParent().orElseThrow().getElement();
        assertThat(trap.getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(trap.getAttribute("style")).contains("left:-10000px");
        assertThat(dialog.website.getElement().getAttribute("tabindex")).isEqualTo("-1");
        assertThat(dialog.website.getElement().getAttribute("name")).isEqualTo(ReportErrorDialog.HONEYPOT_NAME);
        assertThat(dialog.website.getElement().getAttribute("autocomplete")).isEqualTo("off");
    }

    @Test
    void aReportSentFromTheDialogIsStoredAndThanked() {
        String offer = offer();
        ReportErrorDialog dialog = new ReportErrorDialog(reports, offer, Api::randomAddress);
        dialog.message.setValue("Les horaires affichés ne sont plus les bons.");
        dialog.email.setValue("quelquun@exemple.fr");

        assertThat(dialog.submit()).isTrue();

        assertThat(reportsOn(offer)).isEqualTo(1);
        assertThat(dialog.status.getText()).startsWith("Merci");
    }

    @Test
    void aRobotFillingTheHoneypotIsThankedButNothingIsStored() {
        String offer = offer();
        ReportErrorDialog dialog = new ReportErrorDialog(reports, offer, Api::randomAddress);
        dialog.message.setValue("Achetez nos montres, livraison gratuite !");
        dialog.website.setValue("https://spam.example");

        assertThat(dialog.submit()).isTrue();

        assertThat(reportsOn(offer)).isZero();
    }

    @Test
    void aTooShortMessageIsShownOnItsField() {
        String offer = offer();
        ReportErrorDialog dialog = new ReportErrorDialog(reports, offer, Api::randomAddress);
        dialog.message.setValue("Faux");

        assertThat(dialog.submit()).isFalse();

        assertThat(dialog.message.isInvalid()).isTrue();
        assertThat(dialog.message.getErrorMessage()).contains("10 à 2 000 caractères");
        assertThat(reportsOn(offer)).isZero();
    }
}
