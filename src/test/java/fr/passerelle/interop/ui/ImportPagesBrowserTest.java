package fr.passerelle.interop.ui;

import fr.passerelle.account.Given;
import fr.passerelle.account.MembershipRole;
import fr.passerelle.account.Role;
import fr.passerelle.catalogue.OfferStatus;
import fr.passerelle.support.SignIn;
import fr.passerelle.interop.StructureImportApiTest;
import fr.passerelle.support.Browser;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fr.passerelle.interop.ImportFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The import pages in Chromium: an administrator's file on /admin/imports, an operator's CSV round trip. */
@MicronautTest(transactional = false)
class ImportPagesBrowserTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @Inject
    EmbeddedServer server;
    @Inject
    Given given;
    @TempDir
    Path dir;

    @Test
    void anAdministratorUploadsAFileFollowsItsProgressAndReadsTheReport() {
        String source = newSource();
        List<Object> rows = new ArrayList<>();
        rows.add(structure("s"));
        for (int i = 0; i < 100; i++) {
            rows.add(service("o" + i, "s"));
        }
        rows.add(service("orpheline", "nulle-part"));
        Path file = jsonArray(dir, "donnees-test.json", rows);
        SignIn.as(browser, server.getURI(), given.account(Role.ADMINISTRATEUR), Given.PASSWORD);

        browser.open(server.getURI().resolve("/admin/imports"));
        assertThat(browser.waitFor(By.cssSelector("main h1")).getText()).isEqualTo("Importer des données");
        assertThat(browser.findAll(By.cssSelector("a.account-link[href='/admin/imports']"))).hasSize(1);
        choose(file);
        browser.waitUntil(d -> d.findElement(By.cssSelector(".import-file-ready")).getText().contains("donnees-test.json")
                ? true : null);
        browser.waitFor(By.cssSelector("vaadin-text-field input")).sendKeys(source);
        // A full import of a fresh source: it archives nothing, but asks first.
        browser.waitFor(By.cssSelector("vaadin-checkbox label")).click();
        browser.waitForVaadin();
        browser.waitFor(By.cssSelector("vaadin-button.import-start")).click();
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script(
                "return !!document.querySelector('vaadin-confirm-dialog[opened], vaadin-confirm-dialog-overlay[opened]');"))
                ? true : null);
        assertThat((String) browser.script("const d = document.querySelector('vaadin-confirm-dialog');"
                + " return d.textContent + ' ' + (d.getAttribute('message') || d.message || '');"))
                .contains(source);
        browser.screenshots("imports-admin-confirm");
        // The progress block is drawn by the confirmation's answer; a small file may be done by the next poll.
        browser.script("window.sawProgress = false; new MutationObserver(() => {"
                + " if (document.querySelector('.import-progress-rows')) window.sawProgress = true; })"
                + ".observe(document.body, {childList: true, subtree: true});");
        browser.script("[...document.querySelectorAll('vaadin-button')]"
                + ".find(b => b.textContent.includes('Oui, importer et archiver')).click();");

        WebElement report = browser.waitFor(By.cssSelector(".import-report"));
        assertThat(browser.script("return window.sawProgress;")).isEqualTo(true);
        assertThat(text(".import-count-imported .import-count-value")).isEqualTo("101");
        assertThat(text(".import-count-rejected .import-count-value")).isEqualTo("1");
        assertThat(report.findElement(By.cssSelector("vaadin-grid.import-rejected")).getText())
                .contains(source + "--orpheline", "structure_id");
        assertThat(report.findElement(By.cssSelector("a.import-map-link")).getAttribute("href"))
                .isEqualTo(server.getURI().resolve("/").toString());
        assertThat(browser.waitFor(By.cssSelector("vaadin-grid.import-history")).getText())
                .contains("donnees-test.json", source, "Oui", "Terminé");
        browser.screenshots("imports-admin-report");
    }

    @Test
    void anOperatorDownloadsTheTemplateSendsItBackEditedAndReadsTheReport() throws Exception {
        String structure = given.structure("Structure de l'opératrice qui importe");
        String offer = given.offer(structure, OfferStatus.PUBLIEE);
        SignIn.as(browser, server.getURI(), given.operator(structure, MembershipRole.MEMBRE), Given.PASSWORD);
        browser.open(server.getURI().resolve("/espace"));
        browser.waitFor(By.cssSelector("[data-structure-id='" + structure + "'] a.workspace-import")).click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/espace/structures/" + structure + "/import") ? true : null);
        browser.waitForVaadin();
        assertThat(browser.waitFor(By.cssSelector("main h1")).getText()).isEqualTo("Importer des offres (CSV)");

        String href = browser.waitFor(By.cssSelector("a.import-template")).getAttribute("href");
        String template = (String) browser.script("return fetch(arguments[0]).then(r => r.text());", href);
        List<Map<String, String>> rows = StructureImportApiTest.rows(template);
        assertThat(rows).extracting(r -> r.get("id")).containsExactly(offer);
        rows.get(0).put("description", "Description revue dans le tableur par l'opératrice.");
        Map<String, String> added = new LinkedHashMap<>();
        rows.get(0).keySet().forEach(column -> added.put(column, ""));
        added.putAll(Map.of("nom", "Atelier ajouté par le tableur", "description",
                "Un atelier ajouté en une ligne du modèle CSV.", "thematiques",
                "numerique--maitriser-les-fondamentaux-du-numerique", "publics", "tous-publics", "frais", "gratuit",
                "code_insee", "77288", "code_postal", "77000", "commune", "Melun", "modes_accueil", "en-presentiel"));
        rows.add(added);
        Path edited = write(dir.resolve("mes-offres.csv"), StructureImportApiTest.csvOf(rows));
        browser.screenshots("imports-operator-page");

        choose(edited);

        browser.waitFor(By.cssSelector(".import-report"));
        assertThat(text(".import-count-updated .import-count-value")).isEqualTo("1");
        assertThat(text(".import-count-imported .import-count-value")).isEqualTo("1");
        assertThat(text(".import-count-rejected .import-count-value")).isEqualTo("0");
        assertThat(browser.findAll(By.cssSelector("vaadin-grid.import-rejected"))).isEmpty();
        browser.screenshots("imports-operator-report");
    }

    /** Gives the file to the page's vaadin-upload, as choosing it in the file dialog would. */
    private static void choose(Path file) {
        WebElement upload = browser.waitFor(By.cssSelector("vaadin-upload"));
        List<WebElement> inputs = upload.getShadowRoot().findElements(By.cssSelector("input[type=file]"));
        WebElement input = inputs.isEmpty() ? upload.findElement(By.cssSelector("input[type=file]")) : inputs.get(0);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    private static String text(String css) {
        return browser.waitFor(By.cssSelector(css)).getText().strip();
    }
}
