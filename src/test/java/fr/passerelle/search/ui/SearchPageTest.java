package fr.passerelle.search.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.catalogue.AccessRule;
import fr.passerelle.catalogue.Address;
import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.OfferRepository;
import fr.passerelle.catalogue.OpeningHours;
import fr.passerelle.catalogue.StructureRepository;
import fr.passerelle.search.OfferSearch;
import fr.passerelle.search.SearchRequest;
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
import org.openqa.selenium.interactions.Actions;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static fr.passerelle.support.OfferBuilder.offer;
import static fr.passerelle.support.StructureBuilder.structure;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map-and-list search page in Chromium, on its own offers (source "test-map") beside the
 * demo catalogue: the page and GET /api/v1/search/services are two doors on one query.
 */
@MicronautTest(transactional = false)
class SearchPageTest {

    static final String SOURCE = "test-map";
    static final String STRUCTURE = SOURCE + "--maison-petite-enfance";
    static final String OTHER_STRUCTURE = SOURCE + "--auto-ecole-sociale";
    static final String CRECHE_MELUN = SOURCE + "--creche-melun";
    static final String HALTE_DAMMARIE = SOURCE + "--halte-dammarie";
    static final String RAM_LE_MEE = SOURCE + "--relais-le-mee";
    static final String CRECHE_FONTAINEBLEAU = SOURCE + "--creche-fontainebleau";
    static final String CRECHE_MEAUX = SOURCE + "--creche-meaux";
    static final String PERMIS_MELUN = SOURCE + "--permis-melun";
    static final String MELUN = "77288";

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

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
    OfferSearch search;
    @Inject
    Clock clock;
    @Inject
    TransactionOperations<Connection> transactions;

    @BeforeEach
    void givenOffersAroundMelunInTheIndex() throws InterruptedException {
        transactions.executeWrite(status -> {
            if (offers.exists(CRECHE_MELUN)) {
                return null;
            }
            structures.insertAll(List.of(
                    structure(STRUCTURE).nom("Maison de la petite enfance du Val de Seine").build(),
                    structure(OTHER_STRUCTURE).nom("Auto-école sociale Roue Libre").build()));
            LocalDate soon = LocalDate.now(clock).plusWeeks(3);
            List<Offer> all = List.of(
                    offer(CRECHE_MELUN, STRUCTURE).nom("Crèche à vocation d'insertion Les Lucioles")
                            .description("Garde d'enfants de 10 semaines à 3 ans pendant votre formation ou votre"
                                    + " recherche d'emploi.")
                            .thematiques("famille--garde-denfants").publics("familles").frais("gratuit")
                            .zone("77").accessRule(AccessRule.VALIDATION).session(soon, 12, 3)
                            .dateMaj(LocalDate.now(clock).minusMonths(3)).build(),
                    offer(HALTE_DAMMARIE, STRUCTURE).nom("Halte-garderie Les Petits Pas")
                            .description("Garde d'enfants occasionnelle pour vos rendez-vous et entretiens.")
                            .thematiques("famille--garde-denfants").frais("payant").publics("familles")
                            .address(new Address("3 rue Paul Bert", null, "77190", "77152", "Dammarie-les-Lys",
                                    48.5150, 2.6300)).build(),
                    offer(RAM_LE_MEE, STRUCTURE).nom("Relais petite enfance du Mée")
                            .description("Trouver une assistante maternelle pour faire garder ses enfants.")
                            .thematiques("famille--garde-denfants").frais("gratuit")
                            .address(new Address("Place de la Mairie", null, "77350", "77285", "Le Mée-sur-Seine",
                                    48.5330, 2.6290)).build(),
                    offer(CRECHE_FONTAINEBLEAU, STRUCTURE).nom("Crèche solidaire de Fontainebleau")
                            .description("Garde d'enfants pour les parents en parcours d'insertion.")
                            .thematiques("famille--garde-denfants").frais("gratuit")
                            .address(new Address("1 rue Royale", null, "77300", "77186", "Fontainebleau",
                                    48.4047, 2.7016)).build(),
                    offer(CRECHE_MEAUX, STRUCTURE).nom("Crèche du Marché de Meaux")
                            .description("Garde d'enfants pour les parents en parcours d'insertion.")
                            .thematiques("famille--garde-denfants")
                            .address(new Address("5 rue du Grand Cerf", null, "77100", "77284", "Meaux",
                                    48.9570, 2.9000)).build(),
                    offer(PERMIS_MELUN, OTHER_STRUCTURE).nom("Permis B accompagné")
                            .description("Préparer le code et la conduite avec une auto-école sociale.")
                            .type("formation").thematiques("mobilite--preparer-un-permis").frais("payant")
                            .address(new Address("8 rue de la Rochette", null, "77000", "77288", "Melun",
                                    48.5480, 2.6620)).build());
            all.forEach(o -> {
                offers.insert(o);
                outbox.record(Outbox.OFFER, o.id());
            });
            return null;
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (outbox.lag().pending() > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The outbox was not applied to the search index in time");
            }
            Thread.sleep(100);
        }
    }

    @Test
    void theCardsAndTheMarkersAreWhatTheSearchApiAnswersForTheSameQuery() throws Exception {
        String query = "q=" + encode("garde d'enfants") + "&commune=" + MELUN + "&distance=10";
        browser.open(page("/?" + query));
        List<String> cards = cardIds();

        JsonNode api = api("q=" + encode("garde d'enfants") + "&code_commune=" + MELUN + "&distance=10&size=20");
        List<String> apiIds = new ArrayList<>();
        Set<String> onSite = new LinkedHashSet<>();
        api.get("items").forEach(item -> {
            String id = item.get("service").get("id").asText();
            apiIds.add(id);
            if (!item.get("distance").isNull()) {
                onSite.add(id);
            }
        });
        List<String> inProcess = search.find(new SearchRequest("garde d'enfants", MELUN, null, null, 10.0, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
                1, 20, true)).hits().stream().map(hit -> hit.offer().id()).toList();

        assertThat(cards).isEqualTo(apiIds).isEqualTo(inProcess)
                .contains(CRECHE_MELUN, HALTE_DAMMARIE, RAM_LE_MEE)
                .doesNotContain(CRECHE_FONTAINEBLEAU, CRECHE_MEAUX, PERMIS_MELUN);
        assertThat(markerIds()).containsExactlyInAnyOrderElementsOf(onSite);
        String total = api.get("total").asText();
        assertThat(browser.waitFor(By.cssSelector(".offer-count")).getText())
                .startsWith(total + " offre").contains("à moins de 10 km de Melun");

        WebElement creche = card(CRECHE_MELUN);
        assertThat(creche.getText()).contains("Maison de la petite enfance du Val de Seine", "Melun", "Gratuit",
                "3 places disponibles", "Mis à jour il y a 3 mois", "Garde d’enfants").containsPattern("à \\d,\\d km");
        browser.screenshots("search-melun");
    }

    @Test
    void aFilterChangesTheCountsAndTheList() {
        browser.open(page("/?commune=" + MELUN + "&distance=10&sources=" + SOURCE));
        assertThat(cardIds()).containsExactlyInAnyOrder(CRECHE_MELUN, HALTE_DAMMARIE, RAM_LE_MEE, PERMIS_MELUN);
        assertThat(filterLabels("Ce que vous voulez faire"))
                .contains("Faire garder mes enfants (3)", "Me déplacer (1)");
        assertThat(browser.waitFor(By.cssSelector(".offer-count")).getText()).startsWith("4 offres trouvées");

        openFilterBox("Gratuit ou payant");
        checkbox("Gratuit ou payant", "Gratuit (2)").click();

        browser.waitUntil(d -> d.getCurrentUrl().contains("frais=gratuit"));
        browser.waitUntil(d -> cardIds().size() == 2);
        assertThat(cardIds()).containsExactlyInAnyOrder(CRECHE_MELUN, RAM_LE_MEE);
        assertThat(browser.waitFor(By.cssSelector(".offer-count")).getText()).startsWith("2 offres trouvées");
        assertThat(filterLabels("Ce que vous voulez faire")).contains("Faire garder mes enfants (2)")
                .noneMatch(label -> label.startsWith("Me déplacer"));
        // The toggle shows on narrower screens only; its text is kept current everywhere.
        assertThat(browser.driver().findElement(By.cssSelector("vaadin-button.filters-toggle"))
                .getDomProperty("textContent").strip()).isEqualTo("Filtres (1)");
        browser.screenshots("search-filtered");
    }

    @Test
    void aSharedLinkRestoresTheSameResultsAndTheSameMapView() throws Exception {
        String link = "/?q=" + encode("crèche") + "&commune=" + MELUN + "&distance=20&familles=garde-enfants"
                + "&frais=gratuit&sources=" + SOURCE;
        browser.open(page(link));
        List<String> first = cardIds();
        Object firstView = mapView();

        assertThat(first).containsExactlyInAnyOrderElementsOf(ids(api("q=" + encode("crèche") + "&code_commune="
                + MELUN + "&distance=20&famille=garde-enfants&frais=gratuit&sources=" + SOURCE)));
        assertThat(first).contains(CRECHE_MELUN, CRECHE_FONTAINEBLEAU).doesNotContain(HALTE_DAMMARIE);
        assertThat(inputValue("vaadin-text-field.search-what")).isEqualTo("crèche");
        assertThat(inputValue("vaadin-combo-box.search-where")).isEqualTo("Melun (77000)");
        assertThat(browser.waitFor(By.cssSelector("vaadin-select.search-radius")).getText())
                .contains("À moins de 20 km");
        assertThat(checked("Ce que vous voulez faire")).singleElement().asString().startsWith("Faire garder mes enfants (");

        // The same link in a new browsing session.
        browser.driver().manage().deleteAllCookies();
        browser.open(page(link));
        assertThat(cardIds()).isEqualTo(first);
        assertThat(mapView()).isEqualTo(firstView);
    }

    @Test
    void theBackButtonRestoresThePreviousSearch() {
        browser.open(page("/?commune=" + MELUN + "&distance=10&sources=" + SOURCE));
        List<String> before = cardIds();
        assertThat(before).hasSize(4);

        WebElement text = browser.waitFor(By.cssSelector("vaadin-text-field.search-what input"));
        text.sendKeys("permis", Keys.ENTER);
        browser.waitUntil(d -> d.getCurrentUrl().contains("q=permis"));
        browser.waitUntil(d -> cardIds().equals(List.of(PERMIS_MELUN)));

        browser.driver().navigate().back();
        browser.waitUntil(d -> !d.getCurrentUrl().contains("q="));
        browser.waitForVaadin();
        browser.waitUntil(d -> cardIds().size() == 4);
        assertThat(cardIds()).isEqualTo(before);
        assertThat(inputValue("vaadin-text-field.search-what")).isEmpty();

        browser.driver().navigate().forward();
        browser.waitUntil(d -> d.getCurrentUrl().contains("q=permis"));
        browser.waitForVaadin();
        browser.waitUntil(d -> cardIds().equals(List.of(PERMIS_MELUN)));
    }

    @Test
    void theOfflineOutlinesAreServedToAnyoneAndCached() throws Exception {
        HttpResponse<String> outlines = HTTP.send(HttpRequest.newBuilder(page("/api/v1/carte/departements.geojson"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(outlines.statusCode()).isEqualTo(200);
        assertThat(outlines.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/geo+json"));
        assertThat(JSON.readTree(outlines.body()).get("features")).hasSize(101);
        String etag = outlines.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(page("/api/v1/carte/departements.geojson"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void openNowKeepsTheShownOffersThatAreOpenAndSaysSo() {
        browser.open(page("/?commune=" + MELUN + "&distance=10&sources=" + SOURCE + "&ouvert=1"));
        // Every test offer has the builder's hours.
        boolean open = OpeningHours.parse("Mo-Fr 09:00-12:00,14:00-17:00").isOpenAt(LocalDateTime.now(clock))
                .orElseThrow();
        assertThat(cardIds()).hasSize(open ? 4 : 0);
        assertThat(browser.waitFor(By.cssSelector(".offer-count")).getText()).startsWith("4 offres trouvées");
        assertThat(browser.waitFor(By.cssSelector(".offer-count-detail")).getText())
                .contains(open ? "4 sont ouvertes parmi les 4 affichées" : "aucune n’est ouverte parmi les 4 affichées");
        assertThat(browser.findAll(By.cssSelector("vaadin-checkbox[checked]"))).extracting(WebElement::getText)
                .contains("Ouvert maintenant");
    }

    @Test
    void aMarkerAndItsCardPointToEachOther() {
        browser.open(page("/?commune=" + MELUN + "&distance=10&sources=" + SOURCE));
        card(RAM_LE_MEE).findElement(By.cssSelector(".offer-card-map-button")).click();
        WebElement marker = browser.waitFor(By.cssSelector(".leaflet-marker-icon.is-selected"));
        assertThat(marker.getDomAttribute("data-offer-id")).isEqualTo(RAM_LE_MEE);

        // Back from the marker side: choosing another marker marks its card.
        WebElement other = browser.waitFor(By.cssSelector(".leaflet-marker-icon[data-offer-id='" + CRECHE_MELUN + "']"));
        other.click();
        browser.waitUntil(d -> card(CRECHE_MELUN).getDomAttribute("class").contains("is-selected"));
        assertThat(card(RAM_LE_MEE).getDomAttribute("class")).doesNotContain("is-selected");
        assertThat(browser.waitFor(By.cssSelector(".leaflet-marker-icon.is-selected")).getDomAttribute("data-offer-id"))
                .isEqualTo(CRECHE_MELUN);
        browser.screenshot("search-marker-selected");
    }

    @Test
    void movingTheMapOffersToSearchInTheNewArea() {
        browser.open(page("/?commune=" + MELUN + "&distance=10&sources=" + SOURCE));
        assertThat(browser.findAll(By.cssSelector("vaadin-button.search-here"))).allMatch(b -> !b.isDisplayed());

        WebElement canvas = browser.waitFor(By.cssSelector(".offer-map-canvas"));
        // Drag the map north-west: the view moves south-east, towards Fontainebleau.
        new Actions(browser.driver()).moveToElement(canvas, 0, 0).clickAndHold().moveByOffset(-60, -120)
                .moveByOffset(-60, -120).release().perform();
        browser.waitFor(By.cssSelector("vaadin-button.search-here")).click();

        browser.waitUntil(d -> d.getCurrentUrl().contains("lat=") && !d.getCurrentUrl().contains("commune="));
        browser.waitForVaadin();
        assertThat(browser.waitFor(By.cssSelector(".offer-count")).getText()).contains("du point choisi");
        assertThat(browser.waitFor(By.cssSelector("vaadin-combo-box.search-where")).getText())
                .contains("Autour du point choisi");
    }

    @Test
    void aVisitorReportsAnErrorFromTheOfferPage() {
        browser.open(page("/offres/" + CRECHE_MELUN));
        WebElement report = browser.waitFor(By.cssSelector(".report-error-button"));
        // The layout scrolls, not the window: bring the button into view before clicking it.
        browser.script("arguments[0].scrollIntoView({block: 'center'})", report);
        report.click();
        WebElement dialog = browser.waitFor(By.cssSelector("vaadin-dialog-overlay"));
        browser.waitFor(By.cssSelector("vaadin-dialog-overlay vaadin-text-area textarea"))
                .sendKeys("Le numéro de téléphone ne répond plus depuis un mois.");
        browser.waitFor(By.xpath("//vaadin-button[contains(., 'Envoyer le signalement')]")).click();
        browser.waitUntil(d -> dialog.getText().contains("Merci ! Votre signalement a été transmis."));
        int stored = transactions.executeRead(status -> {
            try (var ps = status.getConnection().prepareStatement(
                    "select count(*) from offer_report where offer_id = ?")) {
                ps.setString(1, CRECHE_MELUN);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
        assertThat(stored).isEqualTo(1);
    }

    @Test
    void anOfferPlacedAtItsCommunesCentreSaysItsPlaceIsApproximate() {
        browser.open(page("/offres/" + RAM_LE_MEE));
        browser.waitFor(By.cssSelector(".offer-detail-map"));
        assertThat(browser.findAll(By.cssSelector(".offer-approximate-point"))).as("an exact point").isEmpty();

        // What an import does when a row has no point (Importer.fillPoint).
        transactions.executeWrite(status -> offers.markApproximatePoints(List.of(RAM_LE_MEE)));
        browser.open(page("/offres/" + RAM_LE_MEE));

        assertThat(browser.waitFor(By.cssSelector(".offer-approximate-point")).getText())
                .contains("Emplacement approximatif");
    }

    @Test
    void theOfferPageShowsItsHoursSessionsZoneAndStructure() {
        browser.open(page("/offres/" + CRECHE_MELUN));
        WebElement main = browser.waitFor(By.cssSelector("main"));
        assertThat(browser.waitFor(By.cssSelector("main h1")).getText())
                .isEqualTo("Crèche à vocation d'insertion Les Lucioles");

        List<WebElement> days = browser.findAll(By.cssSelector(".hours-table tbody tr"));
        assertThat(days).extracting(WebElement::getText).startsWith(
                "Lundi de 9 h à 12 h et de 14 h à 17 h", "Mardi de 9 h à 12 h et de 14 h à 17 h");
        assertThat(days).extracting(WebElement::getText).contains("Samedi Fermé", "Dimanche Fermé");
        boolean open = OpeningHours.parse("Mo-Fr 09:00-12:00,14:00-17:00").isOpenAt(LocalDateTime.now(clock))
                .orElseThrow();
        assertThat(browser.waitFor(By.cssSelector(".hours-now")).getText())
                .isEqualTo(open ? "Ouvert maintenant" : "Fermé en ce moment");
        assertThat(main.getText()).contains(
                "3 places disponibles sur 12",
                "Habitants de Seine-et-Marne",
                "Vous pouvez faire la demande vous-même ; la personne qui vous accompagne la valide ensuite.",
                "Pour la demander : téléphoner, se présenter.",
                "Vous pouvez la demander vous-même, ou un professionnel peut vous y orienter.",
                "6 heures par semaine, pendant 4 semaines.",
                "Mise à jour le");
        assertThat(browser.findAll(By.cssSelector(".structure-card .structure-offers a")))
                .extracting(WebElement::getText).contains("Halte-garderie Les Petits Pas", "Relais petite enfance du Mée");
        assertThat(browser.findAll(By.cssSelector(".offer-detail-map .leaflet-marker-icon[data-offer-id='"
                + CRECHE_MELUN + "']"))).hasSize(1);
        browser.screenshots("offer-page");
        browser.script("document.querySelector('.hours-table').scrollIntoView()");
        browser.screenshot("offer-page-hours-desktop");
        browser.script("document.querySelector('.structure-card').scrollIntoView()");
        browser.screenshot("offer-page-structure-desktop");
        browser.script("document.querySelector('.offer-detail-map').scrollIntoView()");
        browser.screenshot("offer-page-map-desktop");
    }

    @Test
    void theKeyboardAloneReachesAResultAndOpensIt() {
        browser.open(page("/?commune=" + MELUN + "&distance=10&sources=" + SOURCE));
        cardIds();
        // From the top of the page, as after loading it: no mouse at all.
        browser.script("if (document.activeElement) { document.activeElement.blur(); }");
        WebElement focused = null;
        for (int i = 0; i < 80; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            focused = browser.driver().switchTo().activeElement();
            if (focused.getDomAttribute("class") != null && focused.getDomAttribute("class").contains("offer-card-link")) {
                break;
            }
        }
        assertThat(focused.getDomAttribute("class")).contains("offer-card-link");
        Object outline = browser.script("return getComputedStyle(arguments[0]).outlineStyle", focused);
        assertThat(outline).isEqualTo("solid");
        browser.screenshot("search-keyboard-focus");
        String name = focused.getText();

        focused.sendKeys(Keys.ENTER);
        browser.waitUntil(d -> d.getCurrentUrl().contains("/offres/"));
        assertThat(browser.waitFor(By.cssSelector("main h1")).getText()).isEqualTo(name);
    }

    @Test
    void thePhoneShowsTheListOrTheMapAndTheFiltersInADrawer() {
        browser.resize(Browser.PHONE);
        try {
            browser.open(page("/?q=" + encode("garde d'enfants") + "&commune=" + MELUN + "&distance=10"));
            cardIds();
            assertThat(browser.findAll(By.cssSelector(".search-filters"))).allMatch(f -> !f.isDisplayed());
            Object width = browser.script("return document.documentElement.scrollWidth");
            assertThat(((Number) width).intValue()).isLessThanOrEqualTo(Browser.PHONE.getWidth());
            browser.screenshot("phone-list");

            browser.waitFor(By.cssSelector("vaadin-button.filters-toggle")).click();
            browser.waitFor(By.cssSelector(".search-filters"));
            browser.screenshot("phone-filters");
            browser.waitFor(By.cssSelector(".search-filters vaadin-button.filters-close")).click();
            browser.waitUntil(d -> !d.findElement(By.cssSelector(".search-filters")).isDisplayed());

            browser.findAll(By.cssSelector(".view-toggle vaadin-button")).get(1).click();
            browser.waitFor(By.cssSelector(".offer-map .leaflet-marker-icon, .offer-map .marker-cluster"));
            browser.screenshot("phone-map");
        } finally {
            browser.resize(Browser.DESKTOP);
        }
    }

    // --- helpers -------------------------------------------------------------------------------

    private List<String> cardIds() {
        browser.waitForVaadin();
        browser.waitFor(By.cssSelector(".offer-count"));
        List<String> ids = new ArrayList<>();
        for (WebElement card : browser.findAll(By.cssSelector(".result-list article[data-offer-id]"))) {
            ids.add(card.getDomAttribute("data-offer-id"));
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private List<String> markerIds() {
        return browser.waitUntil(d -> (List<String>) browser.script(
                "const map = document.querySelector('passerelle-offer-map');"
                        + " return map && map.markerIds ? map.markerIds() : null;"));
    }

    private Object mapView() {
        browser.waitForVaadin();
        return browser.script("return JSON.stringify(document.querySelector('passerelle-offer-map').viewState())");
    }

    private WebElement card(String id) {
        return browser.waitFor(By.cssSelector(".result-list article[data-offer-id='" + id + "']"));
    }

    private String inputValue(String field) {
        return browser.waitFor(By.cssSelector(field + " input")).getDomProperty("value");
    }

    private void openFilterBox(String summary) {
        for (WebElement details : browser.findAll(By.cssSelector("vaadin-details.filter-box"))) {
            WebElement head = details.findElement(By.cssSelector("vaadin-details-summary"));
            if (head.getText().equals(summary)) {
                if (details.getDomAttribute("opened") == null) {
                    head.click();
                }
                return;
            }
        }
        throw new AssertionError("No filter box " + summary);
    }

    private WebElement checkbox(String group, String label) {
        return browser.waitUntil(d -> {
            for (WebElement box : groupOf(group).findElements(By.cssSelector("vaadin-checkbox"))) {
                if (box.getText().equals(label) && box.isDisplayed()) {
                    return box.findElement(By.cssSelector("input"));
                }
            }
            return null;
        });
    }

    private WebElement groupOf(String label) {
        return browser.waitUntil(d -> d.findElements(By.cssSelector("vaadin-checkbox-group")).stream()
                .filter(g -> label.equals(g.getDomProperty("label"))).findFirst().orElse(null));
    }

    private List<String> filterLabels(String group) {
        return groupOf(group).findElements(By.cssSelector("vaadin-checkbox")).stream().map(WebElement::getText).toList();
    }

    private List<String> checked(String group) {
        return groupOf(group).findElements(By.cssSelector("vaadin-checkbox[checked]")).stream()
                .map(WebElement::getText).toList();
    }

    private JsonNode api(String parameters) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                page("/api/v1/search/services?" + parameters)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("service").get("id").asText()));
        return ids;
    }

    private URI page(String path) {
        return server.getURI().resolve(path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
