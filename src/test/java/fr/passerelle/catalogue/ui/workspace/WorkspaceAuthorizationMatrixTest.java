package fr.passerelle.catalogue.ui.workspace;

import fr.passerelle.support.SignIn;
import fr.passerelle.account.Given;
import fr.passerelle.account.MembershipRole;
import fr.passerelle.account.Role;
import fr.passerelle.catalogue.OfferStatus;
import fr.passerelle.support.Browser;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may open which workspace page, in a real browser: every route × every kind of user →
 * what they get (sent to the login page, refused with the 403 page, or the page). Written to
 * target/authorization-matrix-ui.md next to the API's matrix.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkspaceAuthorizationMatrixTest {

    enum Actor {
        VISITEUR, BENEFICIAIRE, REFERENT, OPERATEUR_A, OPERATEUR_B, GESTIONNAIRE_77, ADMINISTRATEUR
    }

    /** What a user gets: the login page, the 403 page, the 404 page, or the page itself. */
    enum Outcome {
        CONNEXION, REFUSE, INTROUVABLE, OUVERT
    }

    record Fixtures(String structureA, String offerA, String offerB) {
    }

    record Row(String label, Function<Fixtures, String> path, Map<Actor, Outcome> expected) {
        static Row of(String label, String expectedInActorOrder, Function<Fixtures, String> path) {
            String[] cells = expectedInActorOrder.trim().split("\\s+");
            assertThat(cells).as(label).hasSize(Actor.values().length);
            Map<Actor, Outcome> expected = new EnumMap<>(Actor.class);
            for (Actor actor : Actor.values()) {
                expected.put(actor, switch (cells[actor.ordinal()]) {
                    case "login" -> Outcome.CONNEXION;
                    case "403" -> Outcome.REFUSE;
                    case "404" -> Outcome.INTROUVABLE;
                    case "ok" -> Outcome.OUVERT;
                    default -> throw new IllegalArgumentException(cells[actor.ordinal()]);
                });
            }
            return new Row(label, path, expected);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    //                                              VISIT BENEF REFER OP_A OP_B GEST77 ADMIN
    static final List<Row> ROWS = List.of(
            Row.of("/espace", "login 403 403 ok ok 403 ok", f -> "/espace"),
            Row.of("/espace/offres/{offre de A}", "login 403 403 ok 403 403 ok", f -> "/espace/offres/" + f.offerA()),
            Row.of("/espace/offres/{offre de B}", "login 403 403 403 ok 403 ok", f -> "/espace/offres/" + f.offerB()),
            Row.of("/espace/offres/nouvelle?structure=A", "login 403 403 ok 403 403 ok",
                    f -> "/espace/offres/nouvelle?structure=" + f.structureA()),
            // Managers of the territory follow an offer's history (OfferEditor.history), without editing it.
            Row.of("/espace/offres/{offre de A}/historique", "login 403 403 ok 403 ok ok",
                    f -> "/espace/offres/" + f.offerA() + "/historique"),
            Row.of("/espace/structures/{A}", "login 403 403 ok 403 ok ok", f -> "/espace/structures/" + f.structureA()),
            // The quality to-do list is the operators' own work list: managers moderate, they do not fill.
            Row.of("/espace/structures/{A}/a-completer", "login 403 403 ok 403 403 ok",
                    f -> "/espace/structures/" + f.structureA() + "/a-completer"),
            // The interop room's pages: an operator's CSV import (who may edit A), the administrators' imports.
            Row.of("/espace/structures/{A}/import", "login 403 403 ok 403 403 ok",
                    f -> "/espace/structures/" + f.structureA() + "/import"),
            Row.of("/admin/imports", "login 403 403 403 403 403 ok", f -> "/admin/imports"),
            Row.of("/espace/offres/{inconnue}", "login 403 403 404 404 403 404", f -> "/espace/offres/nope--nope"),
            // Duplicates across sources (interop room): administrators only.
            Row.of("/admin/doublons", "login 403 403 403 403 403 ok", f -> "/admin/doublons"),
            // The moderation queue (catalogue room): territory managers for their départements, administrators.
            Row.of("/moderation", "login 403 403 403 403 ok ok", f -> "/moderation"));

    @RegisterExtension
    static Browser browser = new Browser();

    @Inject
    EmbeddedServer server;
    @Inject
    Given given;

    private final Map<Actor, String> usernames = new EnumMap<>(Actor.class);
    private final Map<String, Map<Actor, Outcome>> actual = new ConcurrentHashMap<>();
    private Fixtures fixtures;
    private Actor signedIn;

    @BeforeAll
    void setUp() {
        String structureA = given.structure("Structure A de la matrice UI");
        String structureB = given.structure("Structure B de la matrice UI");
        usernames.put(Actor.BENEFICIAIRE, given.account(Role.BENEFICIAIRE));
        usernames.put(Actor.REFERENT, given.account(Role.REFERENT));
        usernames.put(Actor.OPERATEUR_A, given.operator(structureA, MembershipRole.MEMBRE));
        usernames.put(Actor.OPERATEUR_B, given.operator(structureB, MembershipRole.ADMIN));
        usernames.put(Actor.GESTIONNAIRE_77, given.manager("77"));
        usernames.put(Actor.ADMINISTRATEUR, given.account(Role.ADMINISTRATEUR));
        fixtures = new Fixtures(structureA, given.offer(structureA, OfferStatus.PUBLIEE),
                given.offer(structureB, OfferStatus.PUBLIEE));
    }

    /** Actor by actor, so each signs in once. */
    static Stream<Arguments> cells() {
        return Arrays.stream(Actor.values()).flatMap(actor -> ROWS.stream().map(row -> Arguments.of(row, actor)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void eachUserGetsTheExpectedPage(Row row, Actor actor) {
        signInAs(actor);
        browser.open(server.getURI().resolve(row.path().apply(fixtures)));
        Outcome outcome = outcome();
        actual.computeIfAbsent(row.label(), label -> new ConcurrentHashMap<>()).put(actor, outcome);

        assertThat(outcome).as(row.label() + " as " + actor).isEqualTo(row.expected().get(actor));
        if (outcome == Outcome.CONNEXION) {
            assertThat(browser.driver().getCurrentUrl()).contains("redirect=");
        }
    }

    private void signInAs(Actor actor) {
        if (actor == signedIn) {
            return;
        }
        if (actor == Actor.VISITEUR) {
            SignIn.out(browser);
        } else {
            SignIn.as(browser, server.getURI(), usernames.get(actor), Given.PASSWORD);
        }
        signedIn = actor;
    }

    private Outcome outcome() {
        WebElement title = browser.waitFor(By.cssSelector("main h1"));
        if (title.getText().equals("Se connecter")) {
            // Visitors are redirected by the browser (a full load of /connexion?redirect=…).
            browser.waitUntil(d -> URI.create(d.getCurrentUrl()).getPath().equals("/connexion") ? true : null);
            browser.waitForVaadin();
        }
        String path = URI.create(browser.driver().getCurrentUrl()).getPath();
        if (path.equals("/connexion")) {
            return Outcome.CONNEXION;
        }
        return switch (title.getText()) {
            case "Accès refusé" -> Outcome.REFUSE;
            case "Page introuvable" -> Outcome.INTROUVABLE;
            default -> Outcome.OUVERT;
        };
    }

    @AfterAll
    void writeTheMatrix() throws IOException {
        StringBuilder table = new StringBuilder("# Authorization matrix of the workspace pages\n\n")
                .append("Generated by `WorkspaceAuthorizationMatrixTest` in Chromium: `connexion` = sent to\n")
                .append("/connexion?redirect=…, `refusé` = « Accès refusé » (403), `introuvable` = 404, `ouvert` = the page.\n")
                .append("A cell that differs from the expectation shows both (`actual (expected)`).\n\n| page |");
        for (Actor actor : Actor.values()) {
            table.append(' ').append(actor.name().toLowerCase().replace('_', ' ')).append(" |");
        }
        table.append("\n|---|").append("---|".repeat(Actor.values().length)).append('\n');
        for (Row row : ROWS) {
            table.append("| `").append(row.label()).append("` |");
            for (Actor actor : Actor.values()) {
                Outcome got = actual.getOrDefault(row.label(), Map.of()).get(actor);
                Outcome expected = row.expected().get(actor);
                table.append(' ').append(got == null ? "not run (" + word(expected) + ")"
                        : got == expected ? word(got) : word(got) + " (" + word(expected) + ")").append(" |");
            }
            table.append('\n');
        }
        Path file = Path.of("target", "authorization-matrix-ui.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, table);
    }

    private static String word(Outcome outcome) {
        return switch (outcome) {
            case CONNEXION -> "connexion";
            case REFUSE -> "refusé";
            case INTROUVABLE -> "introuvable";
            case OUVERT -> "ouvert";
        };
    }
}
