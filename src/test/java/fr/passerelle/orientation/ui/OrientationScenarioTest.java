package fr.passerelle.orientation.ui;

import fr.passerelle.account.AccountRef;
import fr.passerelle.account.Given;
import fr.passerelle.catalogue.AccessRule;
import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.OfferRepository;
import fr.passerelle.catalogue.demo.DemoCatalogueLoader;
import fr.passerelle.orientation.Orientation;
import fr.passerelle.orientation.OrientationService;
import fr.passerelle.orientation.OrientationStatus;
import fr.passerelle.support.Browser;
import fr.passerelle.support.SignIn;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The orientation journey in the browser with the demo data: beneficiaire1 asks for a
 * {@code validation} offer of operateur1's structure, referent1 validates it in his queue,
 * operateur1 accepts it in his inbox, beneficiaire1 reads "Acceptée" in Mes demandes.
 */
@MicronautTest(transactional = false)
class OrientationScenarioTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Inject
    EmbeddedServer server;
    @Inject
    DemoCatalogueLoader demo;
    @Inject
    OfferRepository offers;
    @Inject
    OrientationService orientations;
    @Inject
    Given given;

    @Test
    void aBeneficiaryAsksHerReferentValidatesTheStructureAccepts() {
        given.demoAccounts();
        AccountRef beneficiary = given.ref("beneficiaire1");
        Offer offer = offerFreeFor(beneficiary, AccessRule.VALIDATION);

        // A visitor is asked to sign in, and comes back to the offer afterwards.
        browser.driver().manage().deleteAllCookies();
        browser.open(page("/offres/" + offer.id()));
        WebElement signIn = browser.waitFor(By.cssSelector(".interest-panel a.interest-sign-in"));
        assertThat(signIn.getText()).isEqualTo("Connectez-vous pour faire une demande");
        assertThat(signIn.getDomAttribute("href")).isEqualTo("/connexion?redirect=%2Foffres%2F" + offer.id());

        signIn("beneficiaire1");
        assertThat(browser.waitFor(By.cssSelector("header .orientation-link")).getText()).isEqualTo("Mes demandes");
        browser.open(page("/offres/" + offer.id()));
        click(browser.waitFor(By.cssSelector("vaadin-button.interest-button")));
        browser.waitFor(By.cssSelector("vaadin-text-area.field-message textarea"))
                .sendKeys("Je voudrais reprendre une activité.");
        browser.waitFor(By.cssSelector("vaadin-text-field.field-availability input"))
                .sendKeys("Les matins");
        browser.screenshots("orientation-dialog");
        // Without the consent box, nothing is sent.
        click(browser.waitFor(By.cssSelector("vaadin-button.interest-send")));
        assertThat(browser.waitFor(By.cssSelector(".form-error")).getText())
                .contains("Cochez la case");
        assertThat(open(beneficiary, offer)).isEmpty();
        WebElement consent = browser.waitFor(By.cssSelector("vaadin-checkbox.field-consent"));
        assertThat(consent.getText()).startsWith("J’accepte que mes informations soient transmises à mon référent");
        click(consent.findElement(By.cssSelector("label")));
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script("return arguments[0].checked", consent)) ? true : null);
        click(browser.waitFor(By.cssSelector("vaadin-button.interest-send")));
        assertThat(browser.waitFor(By.cssSelector(".interest-next-step")).getText())
                .contains("Votre référent doit valider");
        browser.screenshots("orientation-asked");
        List<Orientation> asked = open(beneficiary, offer);
        assertThat(asked).hasSize(1);
        Orientation request = asked.get(0);
        assertThat(request.status()).isEqualTo(OrientationStatus.A_VALIDER);
        assertThat(request.message()).isEqualTo("Je voudrais reprendre une activité.");
        String card = ".orientation-card[data-orientation-id='" + request.id() + "']";
        // Back on the offer: no second request, where the first one stands instead.
        browser.open(page("/offres/" + offer.id()));
        assertThat(browser.waitFor(By.cssSelector(".interest-already")).getText())
                .contains("déjà une demande en cours", "À valider par le référent");
        assertThat(browser.findAll(By.cssSelector("vaadin-button.interest-button"))).isEmpty();

        signIn("referent1");
        browser.open(page("/orientations/a-valider"));
        assertThat(browser.waitFor(By.cssSelector("main h1")).getText()).isEqualTo("Demandes à valider");
        WebElement queued = browser.waitFor(By.cssSelector(card));
        assertThat(queued.getText()).contains(offer.nom(), "Je voudrais reprendre une activité.");
        browser.screenshots("orientation-queue");
        click(queued.findElement(By.cssSelector("vaadin-button.action-validate")));
        browser.waitUntil(d -> d.findElements(By.cssSelector(card)).isEmpty() ? true : null);
        assertThat(status(request)).isEqualTo(OrientationStatus.TRANSMISE);

        signIn("operateur1");
        browser.open(page("/orientations/recues"));
        assertThat(browser.waitFor(By.cssSelector("main h1")).getText()).isEqualTo("Demandes reçues");
        WebElement received = browser.waitFor(By.cssSelector(card));
        assertThat(received.getText()).contains("Transmise à la structure");
        browser.screenshots("orientation-inbox");
        click(received.findElement(By.cssSelector("vaadin-button.action-accept")));
        browser.waitUntil(d -> d.findElements(By.cssSelector(card + " [data-status='ACCEPTEE']")).isEmpty()
                ? null : true);
        assertThat(status(request)).isEqualTo(OrientationStatus.ACCEPTEE);

        signIn("beneficiaire1");
        browser.open(page("/mes-demandes"));
        WebElement mine = browser.waitFor(By.cssSelector(card));
        assertThat(mine.findElement(By.cssSelector(".orientation-status")).getText()).isEqualTo("Acceptée");
        // The timeline tells who moved it, from what to what.
        click(mine.findElement(By.cssSelector("vaadin-details.orientation-history vaadin-details-summary")));
        String timeline = browser.waitFor(By.cssSelector(card + " .orientation-timeline")).getText();
        assertThat(timeline).contains("Transmise à la structure → Acceptée", "À valider par le référent → Transmise");
        browser.screenshots("orientation-mine");
    }

    @Test
    void aReferentOrientsAPersonHeFollowsAndTheStructureRefusesWithAReason() {
        given.demoAccounts();
        AccountRef beneficiary = given.ref("beneficiaire1");
        Offer offer = offerFreeFor(beneficiary, AccessRule.PRESCRIPTION);

        signIn("referent1");
        assertThat(browser.waitFor(By.cssSelector("header .orientation-link")).getText())
                .isEqualTo("Demandes à valider");
        browser.open(page("/offres/" + offer.id()));
        click(browser.waitFor(By.cssSelector("vaadin-button.refer-button")));
        choose("vaadin-select.field-person", "Bénéficiaire 1 (démo)");
        browser.waitFor(By.cssSelector("vaadin-text-area.field-message textarea")).sendKeys("Orientation du référent.");
        click(browser.waitFor(By.cssSelector("vaadin-checkbox.field-consent")).findElement(By.cssSelector("label")));
        click(browser.waitFor(By.cssSelector("vaadin-button.interest-send")));
        assertThat(browser.waitFor(By.cssSelector(".interest-next-step")).getText())
                .contains("Votre demande a été transmise");
        List<Orientation> sent = open(beneficiary, offer);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).status()).isEqualTo(OrientationStatus.TRANSMISE);
        String card = ".orientation-card[data-orientation-id='" + sent.get(0).id() + "']";

        signIn("operateur1");
        browser.open(page("/orientations/recues"));
        click(browser.waitFor(By.cssSelector(card + " vaadin-button.action-refuse")));
        // No reason, no refusal.
        click(browser.waitFor(By.cssSelector("vaadin-button.reason-confirm")));
        assertThat(browser.waitFor(By.cssSelector(".reason-dialog .form-error, vaadin-dialog .form-error")).getText())
                .isEqualTo("Indiquez le motif.");
        choose("vaadin-select.field-reason", "Non éligible");
        browser.screenshots("orientation-refuse-dialog");
        click(browser.waitFor(By.cssSelector("vaadin-button.reason-confirm")));
        browser.waitUntil(d -> d.findElements(By.cssSelector(card + " [data-status='REFUSEE']")).isEmpty()
                ? null : true);
        assertThat(status(sent.get(0))).isEqualTo(OrientationStatus.REFUSEE);
        assertThat(browser.waitFor(By.cssSelector(card)).getText()).contains("Motif du refus : Non éligible");

        signIn("beneficiaire1");
        browser.open(page("/mes-demandes"));
        WebElement mine = browser.waitFor(By.cssSelector(card));
        assertThat(mine.findElement(By.cssSelector(".orientation-status")).getText())
                .isEqualTo("Refusée par la structure");
        // Her referent made it: it is not hers to withdraw, and it is over anyway.
        assertThat(mine.findElements(By.cssSelector("vaadin-button.action-cancel"))).isEmpty();
    }

    @Test
    void aBeneficiaryAsksForAnAutoOfferThenWithdrawsHerRequest() {
        given.demoAccounts();
        AccountRef beneficiary = given.ref("beneficiaire1");
        Offer offer = offerFreeFor(beneficiary, AccessRule.AUTO);

        signIn("beneficiaire1");
        browser.open(page("/offres/" + offer.id()));
        click(browser.waitFor(By.cssSelector("vaadin-button.interest-button")));
        click(browser.waitFor(By.cssSelector("vaadin-checkbox.field-consent")).findElement(By.cssSelector("label")));
        click(browser.waitFor(By.cssSelector("vaadin-button.interest-send")));
        String next = browser.waitFor(By.cssSelector(".interest-next-step")).getText();
        Orientation request = open(beneficiary, offer).get(0);
        // Open to all: straight to the structure; limited to some publics: her referent checks first.
        assertThat(next).contains(request.status() == OrientationStatus.TRANSMISE
                ? "Votre demande a été transmise" : "Votre référent doit valider");
        String card = ".orientation-card[data-orientation-id='" + request.id() + "']";

        browser.open(page("/mes-demandes"));
        click(browser.waitFor(By.cssSelector(card + " vaadin-button.action-cancel")));
        WebElement confirm = browser.waitFor(By.cssSelector("[slot='confirm-button']"));
        assertThat(confirm.getText()).isEqualTo("Oui, annuler ma demande");
        browser.screenshots("orientation-cancel-confirm");
        click(confirm);
        browser.waitUntil(d -> d.findElements(By.cssSelector(card + " [data-status='ANNULEE']")).isEmpty()
                ? null : true);
        assertThat(status(request)).isEqualTo(OrientationStatus.ANNULEE);
        assertThat(browser.findAll(By.cssSelector(card + " vaadin-button.action-cancel"))).isEmpty();
    }

    @Test
    void eachListIsForItsRoleOnly() {
        given.demoAccounts();
        browser.driver().manage().deleteAllCookies();
        browser.open(page("/mes-demandes"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/connexion?redirect=") ? true : null);

        signIn("beneficiaire1");
        for (String other : List.of("/orientations/a-valider", "/orientations/recues")) {
            browser.open(page(other));
            assertThat(browser.waitFor(By.cssSelector("main h1")).getText()).isEqualTo("Accès refusé");
        }
        signIn("operateur1");
        assertThat(browser.waitFor(By.cssSelector("header .orientation-link")).getText()).isEqualTo("Demandes reçues");
        browser.open(page("/mes-demandes"));
        assertThat(browser.waitFor(By.cssSelector("main h1")).getText()).isEqualTo("Accès refusé");
        // An operator does not ask for offers: no request block on the offer page.
        browser.open(page("/offres/" + demo.catalogue().firstOperatorOffers().get(0)));
        browser.waitFor(By.cssSelector("main h1"));
        assertThat(browser.findAll(By.cssSelector(".interest-panel")).stream().filter(WebElement::isDisplayed))
                .isEmpty();
    }

    private void choose(String select, String label) {
        click(browser.waitFor(By.cssSelector(select)));
        WebElement item = browser.waitUntil(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().trim().equals(label)).findFirst().orElse(null));
        click(item);
    }

    /** A published offer of operateur1's structure with that rule, without an open request of hers. */
    private Offer offerFreeFor(AccountRef beneficiary, AccessRule rule) {
        List<Offer> candidates = offers.findByIds(demo.catalogue().firstOperatorOffers()).stream()
                .filter(Offer::isPublished).filter(o -> o.accessRule() == rule).toList();
        assertThat(candidates).as(rule + " offers of operateur1's structure").isNotEmpty();
        for (Offer offer : candidates) {
            // Earlier runs on this database may have left a request open: withdraw it if she can.
            open(beneficiary, offer).stream().filter(o -> o.status().canMoveTo(OrientationStatus.ANNULEE))
                    .forEach(o -> orientations.move(o.id(), OrientationStatus.ANNULEE, null, beneficiary));
            if (open(beneficiary, offer).isEmpty()) {
                return offer;
            }
        }
        throw new AssertionError("beneficiaire1 has open requests on every " + rule + " offer");
    }

    private List<Orientation> open(AccountRef beneficiary, Offer offer) {
        return orientations.visibleTo(beneficiary).stream()
                .filter(o -> o.offerId().equals(offer.id()) && !o.status().isFinal()).toList();
    }

    private OrientationStatus status(Orientation request) {
        return orientations.visibleTo(given.ref("beneficiaire1")).stream()
                .filter(o -> o.id().equals(request.id())).findFirst().orElseThrow().status();
    }

    private void signIn(String username) {
        SignIn.as(browser, server.getURI(), username, "demo");
    }

    private void click(WebElement element) {
        browser.script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        browser.waitForVaadin();
    }

    private URI page(String path) {
        return server.getURI().resolve(path);
    }
}
