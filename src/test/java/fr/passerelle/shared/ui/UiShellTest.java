package fr.passerelle.shared.ui;

import fr.passerelle.catalogue.OfferRepository;
import fr.passerelle.catalogue.StructureRepository;
import fr.passerelle.shared.outbox.Outbox;
import fr.passerelle.support.Browser;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.List;

import static fr.passerelle.support.OfferBuilder.offer;
import static fr.passerelle.support.StructureBuilder.structure;
import static org.assertj.core.api.Assertions.assertThat;

/** The UI through the public (Netty) port: frame, a server round trip, detail page, what stays Micronaut's. */
@MicronautTest(transactional = false)
class UiShellTest {

    static final String STRUCTURE_ID = "ui-test--structure";
    static final String OFFER_ID = "ui-test--atelier-velo";
    static final String OFFER_NAME = "Atelier vélo solidaire Zéphyrine";

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static Browser browser = new Browser();

    @Inject
    EmbeddedServer server;
    @Inject
    StructureRepository structures;
    @Inject
    OfferRepository offers;
    @Inject
    Outbox outbox;
    @Inject
    TransactionOperations<Connection> transactions;

    @BeforeEach
    void givenAPublishedOffer() throws InterruptedException {
        transactions.executeWrite(status -> {
            if (!offers.exists(OFFER_ID)) {
                structures.insertAll(List.of(structure(STRUCTURE_ID).nom("Association Roue Libre").build()));
                offers.insert(offer(OFFER_ID, STRUCTURE_ID).nom(OFFER_NAME)
                        .description("Réparer son vélo avec un mécanicien bénévole, et en repartir avec un vélo"
                                + " révisé pour aller au travail.")
                        .thematiques("mobilite--acceder-a-un-vehicule").publics("demandeurs-emploi")
                        .frais("gratuit").build());
                // The home page searches the index: the outbox row makes the offer searchable.
                outbox.record(Outbox.OFFER, OFFER_ID);
            }
            return null;
        });
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (outbox.lag().pending() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    @Test
    void theHomePageIsServedInFrenchThroughThePublicPort() {
        browser.open(page("/"));

        WebElement header = browser.waitFor(By.cssSelector("header.site-header"));
        assertThat(header.findElement(By.cssSelector(".brand-name")).getText()).isEqualTo("Passerelle");
        assertThat(header.getText()).contains("Trouver une offre", "À propos");
        assertThat(browser.waitFor(By.cssSelector("main h1")).getText()).isEqualTo("Trouver une offre");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("fr");
        assertThat(browser.driver().getTitle()).isEqualTo("Trouver une offre — Passerelle");
        browser.screenshots("home");
    }

    @Test
    void theFirstTabStopIsAVisibleSkipLinkToTheMainContent() {
        browser.open(page("/"));
        browser.waitFor(By.cssSelector("main h1"));

        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("Aller au contenu");
        assertThat(focused.getRect().getY()).isGreaterThanOrEqualTo(0);
        browser.screenshot("skip-link-focused");

        focused.sendKeys(Keys.ENTER);
        assertThat(browser.driver().switchTo().activeElement().getDomAttribute("id")).isEqualTo("contenu");
    }

    @Test
    void searchingForWordsNarrowsTheListAfterAServerRoundTrip() {
        browser.open(page("/"));
        WebElement input = browser.waitFor(By.cssSelector("vaadin-text-field.search-what input"));

        input.sendKeys("Zéphyrine", Keys.ENTER);

        List<WebElement> cards = browser.waitUntil(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("article.offer-card"));
            return found.size() == 1 ? found : null;
        });
        assertThat(cards.get(0).getDomAttribute("data-offer-id")).isEqualTo(OFFER_ID);
        assertThat(browser.waitFor(By.cssSelector(".offer-count")).getText()).isEqualTo("1 offre trouvée.");
        browser.screenshots("home-filtered");

        input.sendKeys("xyzzy", Keys.ENTER);
        browser.waitUntil(d -> d.findElements(By.cssSelector("article.offer-card")).isEmpty());
        assertThat(browser.waitFor(By.cssSelector(".offer-count")).getText())
                .startsWith("Aucune offre ne correspond à votre recherche.");
    }

    @Test
    void aCardLeadsToTheOfferPage() {
        browser.open(page("/"));
        browser.waitFor(By.cssSelector("vaadin-text-field.search-what input")).sendKeys("Zéphyrine", Keys.ENTER);
        browser.waitFor(By.cssSelector("article[data-offer-id='" + OFFER_ID + "'] a")).click();

        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/offres/" + OFFER_ID));
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(page("/offres/" + OFFER_ID).toString());
        assertThat(browser.waitFor(By.cssSelector("main h1")).getText()).isEqualTo(OFFER_NAME);
        assertThat(browser.waitFor(By.cssSelector("main")).getText())
                .contains("Proposée par Association Roue Libre", "Gratuit", "Accéder à un véhicule", "Demandeurs d’emploi");
        browser.screenshots("offer");
    }

    @Test
    void anUnknownOfferGetsTheFrenchNotFoundPage() throws Exception {
        HttpResponse<String> response = get("/offres/nope--nope");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));

        browser.open(page("/offres/nope--nope"));
        assertThat(browser.waitFor(By.cssSelector("main h1")).getText()).isEqualTo("Page introuvable");
        assertThat(browser.waitFor(By.cssSelector("main")).getText()).contains("Cette offre n’existe pas");
        browser.screenshots("not-found");
    }

    @Test
    void micronautPathsAreNotProxiedToVaadin() throws Exception {
        HttpResponse<String> health = get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(health.body()).startsWith("{\"status\":\"UP\"");

        // Micronaut answers (closed by default: a visitor gets 401), Vaadin never sees it.
        HttpResponse<String> unknownApi = get("/api/v1/nothing-here");
        assertThat(unknownApi.statusCode()).isIn(401, 404);
        assertThat(unknownApi.headers().firstValue("Content-Type").orElse(""))
                .doesNotContain("text/html");
    }

    @Test
    void vaadinResourcesAndStaticFilesComeThroughTheProxy() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"fr\"");
        String script = page.body().replaceAll("(?s).*src=\"(\\./)?(VAADIN/build/[^\"]+\\.js)\".*", "$2");
        HttpResponse<String> bundle = get("/" + script);
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).contains("javascript"));

        HttpResponse<String> favicon = get("/icons/favicon.svg");
        assertThat(favicon.statusCode()).isEqualTo(200);
        assertThat(favicon.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(favicon.headers().map()).doesNotContainKeys("connection", "keep-alive");
    }

    private URI page(String path) {
        return server.getURI().resolve(path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(page(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
