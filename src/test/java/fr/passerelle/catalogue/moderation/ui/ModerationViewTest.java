package fr.passerelle.catalogue.moderation.ui;

import fr.passerelle.account.Given;
import fr.passerelle.catalogue.OfferStatus;
import fr.passerelle.support.Browser;
import fr.passerelle.support.SignIn;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A territory manager moderates in the browser: a new structure of his département waits on
 * {@code /moderation}; « Refuser » without a reason is refused; « Valider » takes it off the list.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModerationViewTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Inject
    EmbeddedServer server;
    @Inject
    Given given;

    @Test
    void aManagerRefusesWithoutReasonThenValidatesAPendingStructure() {
        String structure = given.pendingStructure(Given.unique("Épicerie solidaire en attente "));
        given.offer(structure, OfferStatus.PUBLIEE);
        given.demoAccounts();
        SignIn.as(browser, server.getURI(), "gestionnaire77", "demo");

        WebElement link = browser.waitFor(By.cssSelector("header a.moderation-link"));
        assertThat(link.getText()).isEqualTo("Modération");
        click(link);
        assertThat(browser.waitFor(By.cssSelector("main h1")).getText()).isEqualTo("Modération");
        assertThat(browser.waitFor(By.cssSelector(".moderation-pending h2")).getText())
                .startsWith("Structures en attente (");
        assertThat(browser.waitFor(By.cssSelector(".moderation-reports h2")).getText())
                .startsWith("Signalements ouverts (");
        assertThat(browser.waitFor(By.cssSelector(".moderation-stale h2")).getText())
                .startsWith("Offres à mettre à jour (");
        WebElement entry = browser.waitFor(entry(structure));
        assertThat(entry.getText()).contains("SIRET : 12345678900011", "Commune : Melun");
        assertThat(entry.findElements(By.cssSelector(".moderation-offers li"))).hasSize(1);
        browser.script("arguments[0].scrollIntoView({block: 'start'})", entry);
        browser.screenshots("moderation");

        click(entry.findElement(By.cssSelector("vaadin-button.moderation-refuse")));
        browser.waitFor(By.cssSelector("vaadin-dialog-overlay[opened]"));
        click(browser.waitFor(By.cssSelector("vaadin-button.reason-confirm")));
        WebElement error = browser.waitFor(By.cssSelector(".moderation-reason-dialog .form-error"));
        browser.waitUntil(d -> error.isDisplayed() ? true : null);
        assertThat(error.getText()).isEqualTo("Indiquez le motif : ce champ est obligatoire.");
        browser.screenshots("moderation-refuse-without-reason");
        assertThat(status(structure)).isEqualTo("en_attente");
        // Too short for the service: its French message, the dialog stays open to correct it.
        browser.waitFor(By.cssSelector(".moderation-reason-dialog vaadin-text-area textarea")).sendKeys("Non");
        click(browser.waitFor(By.cssSelector("vaadin-button.reason-confirm")));
        assertThat(browser.waitFor(By.cssSelector("vaadin-notification-card")).getText())
                .contains("Indiquez le motif du refus");
        assertThat(status(structure)).isEqualTo("en_attente");
        click(browser.waitFor(By.cssSelector(".moderation-reason-dialog vaadin-button[theme~='tertiary']")));
        browser.waitUntil(d -> d.findElements(By.cssSelector("vaadin-dialog-overlay[opened]")).isEmpty() ? true : null);

        click(browser.waitFor(entry(structure)).findElement(By.cssSelector("vaadin-button.moderation-validate")));
        browser.waitUntil(d -> d.findElements(entry(structure)).isEmpty() ? true : null);
        browser.waitUntil(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(card -> card.getText().contains("validée")) ? true : null);
        assertThat(status(structure)).isEqualTo("validee");
    }

    private String status(String structure) {
        return given.sql("select moderation_status from structure where id = ?", ps -> {
            ps.setString(1, structure);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    private static By entry(String structure) {
        return By.cssSelector(".moderation-structure[data-structure-id='" + structure + "']");
    }

    private void click(WebElement element) {
        browser.script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        browser.waitForVaadin();
    }
}
