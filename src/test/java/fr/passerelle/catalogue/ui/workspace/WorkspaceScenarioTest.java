package fr.passerelle.catalogue.ui.workspace;

import fr.passerelle.support.SignIn;
import fr.passerelle.account.AccountRef;
import fr.passerelle.account.Given;
import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.OfferEditor;
import fr.passerelle.catalogue.OfferRepository;
import fr.passerelle.catalogue.OfferSession;
import fr.passerelle.catalogue.demo.DemoCatalogueLoader;
import fr.passerelle.support.Browser;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * operateur1 keeps an offer current from the workspace: signs in, edits the description and the
 * places left of a session, saves; the public page and the search API show the change.
 */
@MicronautTest(transactional = false)
class WorkspaceScenarioTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static Browser browser = new Browser();

    @Inject
    EmbeddedServer server;
    @Inject
    DemoCatalogueLoader demo;
    @Inject
    OfferRepository offers;
    @Inject
    OfferEditor editor;
    @Inject
    Given given;

    /** A published offer of operateur1's structure with a session that has a capacity. */
    private Offer operator1OfferWithSession(int skip) {
        List<Offer> candidates = new ArrayList<>();
        for (Offer offer : offers.findByIds(demo.catalogue().firstOperatorOffers())) {
            if (offer.isPublished() && !offer.sessions().isEmpty() && offer.sessions().get(0).capacity() != null
                    && offer.sessions().get(0).capacity() >= 2) {
                candidates.add(offer);
            }
        }
        assertThat(candidates).as("demo offers of operateur1 with sessions").hasSizeGreaterThan(skip);
        return candidates.get(skip);
    }

    @Test
    void operateur1UpdatesAnOfferFromTheWorkspaceAndThePublicPageAndSearchFollow() throws Exception {
        given.demoAccounts();
        Offer offer = operator1OfferWithSession(0);
        int capacity = offer.sessions().get(0).capacity();
        String word = "Zorbalinette" + (System.nanoTime() % 10_000);
        String description = "Nouvel atelier " + word + " : accompagnement renforcé vers l’emploi, "
                + "avec un conseiller dédié chaque semaine.";

        SignIn.out(browser);
        browser.open(page("/espace"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/connexion?redirect=") ? true : null);
        SignIn.as(browser, server.getURI(), "operateur1", "demo");
        browser.open(page("/espace"));
        assertThat(browser.waitFor(By.cssSelector("main h1")).getText()).isEqualTo("Mon espace structure");
        assertThat(browser.waitFor(By.cssSelector("header .account-area")).getText())
                .contains("Opérateur 1 (démo)", "Se déconnecter");
        WebElement card = browser.waitFor(By.cssSelector(".workspace-card[data-offer-id='" + offer.id() + "']"));

        WebElement edit = card.findElement(By.cssSelector("a.workspace-edit"));
        assertThat(edit.getDomAttribute("href")).isEqualTo("/espace/offres/" + offer.id());
        browser.script("arguments[0].scrollIntoView({block: 'center'})", edit);
        edit.click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/espace/offres/" + offer.id()) ? true : null);
        browser.waitForVaadin();
        assertThat(browser.waitFor(By.cssSelector("main h1")).getText()).isEqualTo(offer.nom());

        // Too many places: the validator's error lands on that session's field, nothing is saved.
        setInteger(placesLeftOfFirstSession(), capacity + 5);
        save();
        String placesField = "[data-session-index='0'] vaadin-integer-field.session-places-left";
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script(
                "return document.querySelector(arguments[0]).invalid === true", placesField)) ? true : null);
        assertThat((String) browser.script("return document.querySelector(arguments[0]).errorMessage", placesField))
                .contains("places restantes");
        // Read as text: the summary sits above the field that now has the focus, out of the viewport.
        assertThat((String) browser.script("return document.querySelector('.form-error-summary').textContent"))
                .contains("Places restantes");
        browser.screenshot("workspace-edit-error-desktop");
        assertThat(offers.findById(offer.id()).orElseThrow().version()).isEqualTo(offer.version());

        // The page scrolls inside the layout, not the window: back to the top of <main>.
        browser.script(ScrollToTop.SCRIPT);
        WebElement textArea = browser.waitFor(By.cssSelector("vaadin-text-area.field-description textarea"));
        textArea.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        textArea.sendKeys(description);
        setInteger(placesLeftOfFirstSession(), capacity - 1);
        save();

        Offer saved = waitFor(() -> offers.findById(offer.id()).filter(o -> o.description().equals(description)));
        assertThat(saved.sessions().get(0).placesLeft()).isEqualTo(capacity - 1);
        assertThat(saved.version()).isEqualTo(offer.version() + 1);
        assertThat(browser.script("return document.querySelector('vaadin-text-area.field-description').value"))
                .isEqualTo(description);

        browser.open(page("/offres/" + offer.id()));
        browser.waitUntil(d -> d.findElement(By.tagName("main")).getText().contains(word) ? true : null);

        String found = waitFor(() -> {
            HttpResponse<String> response = get("/api/v1/search/services?q=" + URLEncoder.encode(word,
                    StandardCharsets.UTF_8));
            return response.statusCode() == 200 && response.body().contains(offer.id())
                    ? Optional.of(response.body()) : Optional.empty();
        });
        assertThat(found).contains(offer.id());

        browser.open(page("/espace"));
        browser.waitFor(By.cssSelector(".workspace-card[data-offer-id='" + offer.id() + "']"));
        browser.screenshots("workspace-list");
        browser.open(page("/espace/offres/" + offer.id()));
        browser.waitFor(By.cssSelector("main h1"));
        browser.screenshots("workspace-edit");
        browser.script("document.querySelector('.sessions-editor').scrollIntoView()");
        browser.screenshots("workspace-edit-sessions");
    }

    @Test
    void aConcurrentSaveIsRefusedAndTheUsersInputStaysInTheForm() {
        given.demoAccounts();
        Offer offer = operator1OfferWithSession(1);
        SignIn.as(browser, server.getURI(), "operateur1", "demo");
        browser.open(page("/espace/offres/" + offer.id()));
        WebElement textArea = browser.waitFor(By.cssSelector("vaadin-text-area.field-description textarea"));

        AccountRef colleague = given.ref("operateur1");
        editor.update(offer.id(), offer.version(), o -> o.withSessions(o.sessions().stream()
                .map(s -> new OfferSession(s.id(), s.label(), s.startsOn(), s.endsOn(), s.capacity(), 0, true))
                .toList()), colleague);

        String mine = "Ma description à moi, tapée pendant que ma collègue enregistrait la sienne.";
        textArea.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        textArea.sendKeys(mine);
        save();

        WebElement banner = browser.waitFor(By.cssSelector(".conflict-banner"));
        assertThat(banner.getText()).contains("Cette offre a été modifiée entre-temps");
        assertThat(browser.script("return document.querySelector('vaadin-text-area.field-description').value"))
                .isEqualTo(mine);
        assertThat(offers.findById(offer.id()).orElseThrow().description()).isNotEqualTo(mine);
        browser.screenshot("workspace-edit-conflict-desktop");

        banner.findElement(By.cssSelector("vaadin-button.conflict-reload")).click();
        browser.waitForVaadin();
        browser.waitUntil(d -> d.findElements(By.cssSelector(".conflict-banner")).stream().noneMatch(WebElement::isDisplayed)
                ? true : null);
        browser.waitUntil(d -> offer.description().equals(browser.script(
                "return document.querySelector('vaadin-text-area.field-description').value")) ? true : null);
    }

    @Test
    void aWrongPasswordGetsAFrenchMessageAndNoSession() {
        SignIn.out(browser);
        browser.open(page("/connexion"));
        browser.waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys("operateur1");
        browser.waitFor(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys("pas-le-bon", Keys.ENTER);
        browser.waitForVaadin();
        WebElement form = browser.waitUntil(d -> {
            WebElement f = d.findElement(By.cssSelector("vaadin-login-form"));
            return f.getDomProperty("error") != null && Boolean.parseBoolean(f.getDomProperty("error")) ? f : null;
        });
        assertThat(form.getText()).contains("Identifiant ou mot de passe incorrect");
        browser.screenshots("login-error");
        browser.open(page("/espace"));
        browser.waitUntil(d -> d.getCurrentUrl().contains("/connexion") ? true : null);
    }

    private WebElement placesLeftOfFirstSession() {
        return browser.waitFor(By.cssSelector("[data-session-index='0'] vaadin-integer-field.session-places-left input"));
    }

    private void setInteger(WebElement input, int value) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(String.valueOf(value), Keys.TAB);
        browser.waitForVaadin();
    }

    private void save() {
        browser.waitFor(By.cssSelector("vaadin-button.offer-save")).click();
        browser.waitForVaadin();
    }

    private static <T> T waitFor(java.util.function.Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within 15 s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private URI page(String path) {
        return server.getURI().resolve(path);
    }

    private HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(page(path)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
