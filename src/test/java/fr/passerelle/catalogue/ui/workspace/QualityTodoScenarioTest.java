package fr.passerelle.catalogue.ui.workspace;

import fr.passerelle.support.SignIn;
import fr.passerelle.account.Given;
import fr.passerelle.catalogue.Contact;
import fr.passerelle.catalogue.OfferRepository;
import fr.passerelle.catalogue.OfferStatus;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static fr.passerelle.support.OfferBuilder.offer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * operateur1 opens « À compléter » from the workspace, sees an offer's missing points as
 * sentences, follows the link to its form, writes a real description, saves, and finds the
 * score risen and that point gone — on the to-do list and on the workspace card.
 */
@MicronautTest(transactional = false)
class QualityTodoScenarioTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Inject
    EmbeddedServer server;
    @Inject
    DemoCatalogueLoader demo;
    @Inject
    OfferRepository offers;
    @Inject
    Given given;
    @Inject
    Clock clock;

    @Test
    void operateur1FixesTheDescriptionOfAnOfferAndSeesItsScoreRise() {
        given.demoAccounts();
        String structure = demo.catalogue().firstOperatorStructure();
        // 9 criteria apply; met: address, modes, theme, date → 4 / 9 = 44 %. A real description: 5 / 9 = 56 %.
        String id = given.offer(offer(Given.newOfferId(), structure).nom("Atelier à compléter")
                .status(OfferStatus.BROUILLON).description("Trop court.").publics().frais(null)
                .contact(Contact.NONE).dateMaj(LocalDate.now(clock)).build());
        String item = ".quality-todo-item[data-offer-id='" + id + "']";

        SignIn.as(browser, server.getURI(), "operateur1", "demo");
        browser.open(page("/espace"));
        WebElement card = browser.waitFor(By.cssSelector(".workspace-card[data-offer-id='" + id + "']"));
        assertThat(card.findElement(By.cssSelector(".workspace-card-quality")).getText()).matches("Qualité : 44\\s%");
        WebElement link = browser.waitFor(By.cssSelector(
                ".workspace-structure[data-structure-id='" + structure + "'] a.workspace-quality-todo"));
        assertThat(link.getText()).isEqualTo("Offres à compléter");
        link.click();

        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/espace/structures/" + structure + "/a-completer") ? true : null);
        assertThat(browser.waitFor(By.cssSelector("main h1")).getText()).isEqualTo("À compléter");
        WebElement todo = browser.waitFor(By.cssSelector(item));
        assertThat(todo.findElement(By.cssSelector("h2")).getText()).isEqualTo("Atelier à compléter");
        assertThat(todo.findElement(By.cssSelector(".quality-score")).getText()).matches("Qualité : 44\\s%");
        assertThat(criteria(todo)).containsExactly("au_moins_un_public", "au_moins_un_moyen_de_contact",
                "frais_bien_definis", "description_bien_definie", "telephone_bien_defini");
        assertThat(todo.findElement(By.cssSelector("[data-criterion='description_bien_definie']")).getText())
                .startsWith("Ajoutez une description d’au moins 400 caractères (elle en compte 11)");
        assertThat(todo.findElement(By.cssSelector("[data-criterion='frais_bien_definis']")).getText())
                .isEqualTo("Indiquez si l’offre est gratuite ou payante.");
        assertThat(scores()).as("lowest score first").isSortedAccordingTo(Integer::compare);
        browser.screenshots("quality-todo");

        WebElement edit = todo.findElement(By.cssSelector("a.quality-todo-edit"));
        assertThat(edit.getDomAttribute("href")).isEqualTo("/espace/offres/" + id);
        assertThat(edit.getDomAttribute("aria-label")).isEqualTo("Compléter l’offre Atelier à compléter");
        browser.script("arguments[0].scrollIntoView({block: 'center'})", edit);
        edit.click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/espace/offres/" + id) ? true : null);
        browser.waitForVaadin();
        assertThat(browser.waitFor(By.cssSelector("a.offer-quality")).getText()).matches("Qualité : 44\\s%");
        WebElement textArea = browser.waitFor(By.cssSelector("vaadin-text-area.field-description textarea"));
        String description = ("Un atelier collectif chaque mardi matin pour reprendre confiance, préparer son CV "
                + "et s’entraîner aux entretiens avec une conseillère. ").repeat(4).trim();
        textArea.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        textArea.sendKeys(description);
        browser.waitFor(By.cssSelector("vaadin-button.offer-save")).click();
        browser.waitForVaadin();
        browser.waitUntil(d -> offers.findById(id).filter(o -> o.description().equals(description)).isPresent()
                ? true : null);
        // The form's header follows the save at once.
        browser.waitUntil(d -> d.findElement(By.cssSelector("a.offer-quality")).getText().matches("Qualité : 56\\s%")
                ? true : null);

        browser.open(page("/espace/structures/" + structure + "/a-completer"));
        WebElement after = browser.waitFor(By.cssSelector(item));
        assertThat(after.findElement(By.cssSelector(".quality-score")).getText()).matches("Qualité : 56\\s%");
        assertThat(criteria(after)).doesNotContain("description_bien_definie").contains("frais_bien_definis");
        browser.script("arguments[0].scrollIntoView({block: 'start'})", after);
        browser.screenshot("quality-todo-after-fix-desktop");

        browser.open(page("/espace"));
        WebElement cardAfter = browser.waitFor(By.cssSelector(".workspace-card[data-offer-id='" + id + "']"));
        assertThat(cardAfter.findElement(By.cssSelector(".workspace-card-quality")).getText())
                .matches("Qualité : 56\\s%");
        browser.script("arguments[0].scrollIntoView({block: 'center'})", cardAfter);
        browser.screenshot("quality-workspace-card-desktop");
    }

    @Test
    void anOperatorOfAnotherStructureIsRefused() {
        given.demoAccounts();
        String other = given.structure("Structure dont operateur1 n'est pas membre");
        SignIn.as(browser, server.getURI(), "operateur1", "demo");
        browser.open(page("/espace/structures/" + other + "/a-completer"));
        assertThat(browser.waitFor(By.cssSelector("main h1")).getText()).isEqualTo("Accès refusé");
        assertThat(browser.findAll(By.cssSelector(".quality-todo-item"))).isEmpty();
    }

    private static List<String> criteria(WebElement item) {
        return item.findElements(By.cssSelector("[data-criterion]")).stream()
                .map(li -> li.getDomAttribute("data-criterion")).toList();
    }

    private List<Integer> scores() {
        return browser.findAll(By.cssSelector(".quality-todo-item .quality-score")).stream()
                .map(s -> Integer.parseInt(s.getText().replaceAll("\\D", ""))).toList();
    }

    private URI page(String path) {
        return server.getURI().resolve(path);
    }
}
