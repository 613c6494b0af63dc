package fr.passerelle.interop.dedup.ui;

import fr.passerelle.account.Given;
import fr.passerelle.interop.dedup.DuplicateDetector;
import fr.passerelle.interop.dedup.DuplicateWorld;
import fr.passerelle.support.Browser;
import fr.passerelle.support.SignIn;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URI;
import java.time.LocalDate;

import static fr.passerelle.interop.dedup.DuplicateWorld.LATITUDE;
import static fr.passerelle.interop.dedup.DuplicateWorld.LONGITUDE;
import static fr.passerelle.interop.dedup.DuplicateWorld.near;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator corrects the detector in the browser: « Ce n'est pas un doublon » takes an
 * offer out, « Regrouper » puts it back; offer pages name the other listing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DuplicatesViewTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Inject
    EmbeddedServer server;
    @Inject
    Given given;
    @Inject
    DuplicateWorld world;
    @Inject
    DuplicateDetector detector;

    @AfterAll
    void putTheOtherTestsWorldBack() {
        world.forgetClusters();
    }

    @Test
    void anAdministratorSplitsThenMergesAPair() {
        String sourceA = DuplicateWorld.source("ui-a");
        String sourceB = DuplicateWorld.source("ui-b");
        String member = world.offer(world.structure(sourceA, DuplicateWorld.siret(), "Accueil de jour Mende"),
                "Accueil de jour du Foirail", near(LATITUDE - 0.5, LONGITUDE, 0, 0), "04 66 44 44 41",
                LocalDate.of(2026, 9, 1));
        String main = world.offer(world.structure(sourceB, DuplicateWorld.siret(), "Solidarité Lozère"),
                "Accueil de jour - Foirail", near(LATITUDE - 0.5, LONGITUDE, 20, 20), "04 66 44 44 42",
                LocalDate.of(2026, 11, 1));
        detector.detect();
        given.demoAccounts();
        signIn("admin");

        WebElement link = browser.waitFor(By.cssSelector("header a.dedup-link"));
        assertThat(link.getText()).isEqualTo("Doublons");
        click(link);
        assertThat(browser.waitFor(By.cssSelector("main h1")).getText()).isEqualTo("Doublons entre sources");
        WebElement cluster = browser.waitFor(cluster(main));
        assertThat(cluster.findElements(By.cssSelector(".dedup-member"))).hasSize(2);
        assertThat(cluster.findElement(By.cssSelector("[data-offer-id='" + member + "'] .dedup-member-reasons"))
                .getText()).isEqualTo("Regroupée car : À moins de 150 m et noms proches");
        browser.script("arguments[0].scrollIntoView({block: 'start'})", cluster);
        browser.screenshots("dedup-admin");
        browser.resize(Browser.PHONE);
        Object sideways = browser.script("const m = document.querySelector('main');"
                + " return Math.max(m.scrollWidth - m.clientWidth, document.documentElement.scrollWidth - window.innerWidth);");
        assertThat(((Number) sideways).intValue()).as("nothing wider than a phone's screen").isLessThanOrEqualTo(0);
        browser.resize(Browser.DESKTOP);

        click(cluster.findElement(By.cssSelector("[data-offer-id='" + member + "'] vaadin-button.dedup-split")));
        browser.waitUntil(d -> d.findElements(cluster(main)).isEmpty() ? true : null);

        browser.waitFor(By.cssSelector("#dedup-merge-first input")).sendKeys(member);
        browser.waitFor(By.cssSelector("#dedup-merge-second input")).sendKeys(main, Keys.TAB);
        browser.waitForVaadin();
        click(browser.waitFor(By.cssSelector("vaadin-button.dedup-merge")));
        WebElement merged = browser.waitFor(cluster(main));
        assertThat(merged.findElement(By.cssSelector("[data-offer-id='" + member + "'] .dedup-member-reasons"))
                .getText()).contains("Regroupées par un administrateur");
        browser.script("arguments[0].scrollIntoView({block: 'start'})", merged);
        browser.screenshots("dedup-admin-merged");

        // The member's page points to the main offer; the main offer's page names the member's source.
        browser.open(page("/offres/" + member));
        WebElement mention = browser.waitFor(By.cssSelector(".also-listed-by .also-listed-main a"));
        assertThat(mention.getDomAttribute("href")).isEqualTo("/offres/" + main);
        browser.open(page("/offres/" + main));
        WebElement others = browser.waitFor(By.cssSelector(".also-listed-by"));
        assertThat(others.getText()).isEqualTo("Aussi référencé par : " + sourceA + " (Accueil de jour Mende)");
        assertThat(others.findElement(By.cssSelector("a")).getDomAttribute("href")).isEqualTo("/offres/" + member);
        browser.screenshots("dedup-offer-page");
    }

    private static By cluster(String representative) {
        return By.cssSelector(".dedup-cluster[data-representative='" + representative + "']");
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
