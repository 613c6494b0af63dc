package fr.passerelle.account;

import fr.passerelle.support.Api;

import fr.passerelle.catalogue.AccessRule;
import fr.passerelle.catalogue.OfferStatus;
import fr.passerelle.orientation.NewOrientation;
import fr.passerelle.orientation.OrientationService;
import fr.passerelle.support.OfferBuilder;
import fr.passerelle.catalogue.moderation.OfferReports;
import fr.passerelle.catalogue.moderation.ReportSubmission;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call what: every endpoint × every kind of caller → the status it gets. The table
 * is also written to target/authorization-matrix.md for review. To add an endpoint, add a
 * {@link Row} to {@link #ROWS} with its expected statuses in the order of {@link Actor}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    /** The callers, in the column order of the expectations. */
    enum Actor {
        VISITEUR, BENEFICIAIRE, REFERENT, OPERATEUR_MEMBRE, OPERATEUR_ADMIN, ADMIN_AUTRE_STRUCTURE, GESTIONNAIRE_77,
        GESTIONNAIRE_91, ADMINISTRATEUR
    }

    /** What a request needs to know about the fixtures: the structure, and fresh rows per call. */
    interface Context {
        String structure();

        /** An operator who asked to join the structure, never accepted yet. */
        String freshJoinRequest();

        /** A token of a fresh invitation to the structure. */
        String freshInvitation();

        String freshUsername();

        /** The structure of the offer rows: same operators, nobody else joins it. */
        String offerStructure();

        /** A published offer of the structure, at version 1. */
        String freshOffer();

        /** A published offer of {@link #offerStructure()} with that access rule. */
        String freshOfferWith(AccessRule rule);

        /** A draft offer of the structure. */
        String freshDraft();

        /** A validated structure in Melun (77) whose operators are the matrix's two operators. */
        String freshStructure();

        /** The same, awaiting moderation. */
        String freshPendingStructure();

        /** The id of an open report on a fresh public offer of {@link #offerStructure()}. */
        long freshReport();

        /** The matrix's beneficiary (followed by the matrix's referent). */
        long beneficiary();

        /**
         * A fresh request of the beneficiary towards a fresh offer of {@link #offerStructure()} with
         * that access rule: TRANSMISE for {@code auto}, A_VALIDER for {@code validation}.
         */
        String freshOrientation(AccessRule rule);
    }

    record Row(String label, Function<Context, MutableHttpRequest<?>> request, Map<Actor, Integer> expected) {
        static Row of(String label, String expectedInActorOrder, Function<Context, MutableHttpRequest<?>> request) {
            int[] codes = Arrays.stream(expectedInActorOrder.trim().split("\\s+")).mapToInt(Integer::parseInt).toArray();
            assertThat(codes).as(label).hasSize(Actor.values().length);
            Map<Actor, Integer> expected = new EnumMap<>(Actor.class);
            for (Actor actor : Actor.values()) {
                expected.put(actor, codes[actor.ordinal()]);
            }
            return new Row(label, request, expected);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    //                     VISITEUR BENEF REFERENT OP_MEMBRE OP_ADMIN ADMIN_AUTRE GEST_77 GEST_91 ADMINISTRATEUR
    static final List<Row> ROWS = List.of(
            Row.of("GET /api/v1/services", "200 200 200 200 200 200 200 200 200",
                    c -> HttpRequest.GET("/api/v1/services?size=1")),
            Row.of("POST /api/v1/auth/inscription", "201 201 201 201 201 201 201 201 201",
                    c -> HttpRequest.POST("/api/v1/auth/inscription", Map.of("profil", "beneficiaire",
                            "username", c.freshUsername(), "password", Given.PASSWORD, "email", "x@exemple.fr",
                            "nom", "Nouvelle personne"))),
            Row.of("GET /api/v1/me", "401 200 200 200 200 200 200 200 200",
                    c -> HttpRequest.GET("/api/v1/me")),
            Row.of("GET /api/v1/structures/{id}/membres", "401 403 403 403 200 403 200 403 200",
                    c -> HttpRequest.GET("/api/v1/structures/" + c.structure() + "/membres")),
            Row.of("POST /api/v1/structures/{id}/membres", "401 403 403 409 409 202 403 403 403",
                    c -> HttpRequest.POST("/api/v1/structures/" + c.structure() + "/membres", "")),
            Row.of("POST /api/v1/structures/{id}/membres/{username}/accepter", "401 403 403 403 200 403 403 403 200",
                    c -> HttpRequest.POST("/api/v1/structures/" + c.structure() + "/membres/" + c.freshJoinRequest()
                            + "/accepter", "")),
            Row.of("POST /api/v1/structures/{id}/invitations", "401 403 403 403 201 403 403 403 201",
                    c -> HttpRequest.POST("/api/v1/structures/" + c.structure() + "/invitations",
                            Map.of("email", "collegue@exemple.fr"))),
            Row.of("POST /api/v1/invitations/{token}/accepter", "200 403 403 409 409 200 403 403 403",
                    c -> HttpRequest.POST("/api/v1/invitations/" + c.freshInvitation() + "/accepter",
                            Map.of("username", c.freshUsername(), "password", Given.PASSWORD, "nom", "Invitée"))),
            Row.of("POST /api/v1/admin/reindex (search room)", "401 403 403 403 403 403 403 403 200",
                    c -> HttpRequest.POST("/api/v1/admin/reindex", "")),
            // The offer write API (catalogue room), on a structure of its own (the invitation row above makes
            // "admin autre structure" a member of the first one): its operators and administrators write;
            // its territory's manager reads drafts and history.
            Row.of("POST /api/v1/services", "401 403 403 201 201 403 403 403 201",
                    c -> HttpRequest.POST("/api/v1/services", Map.of("structure_id", c.offerStructure(),
                            "nom", "Atelier créé par la matrice", "description", "Un atelier pour tester les droits.",
                            "thematiques", List.of("numerique--acceder-a-des-services-en-ligne"),
                            "code_insee", "77288", "code_postal", "77000", "commune", "Melun",
                            "modes_accueil", List.of("en-presentiel")))),
            Row.of("PATCH /api/v1/services/{id}", "401 403 403 200 200 403 403 403 200",
                    c -> HttpRequest.PATCH("/api/v1/services/" + c.freshOffer(), Map.of("nom", "Nouveau nom",
                            "passerelle", Map.of("version", 1)))),
            Row.of("POST /api/v1/services/{id}/verification", "401 403 403 200 200 403 403 403 200",
                    c -> HttpRequest.POST("/api/v1/services/" + c.freshOffer() + "/verification", "")),
            Row.of("POST /api/v1/services/{id}/duplication", "401 403 403 201 201 403 403 403 201",
                    c -> HttpRequest.POST("/api/v1/services/" + c.freshOffer() + "/duplication", "")),
            Row.of("GET /api/v1/services/{id}/historique", "401 403 403 200 200 403 200 403 200",
                    c -> HttpRequest.GET("/api/v1/services/" + c.freshOffer() + "/historique")),
            Row.of("GET /api/v1/services/{id} (brouillon)", "404 404 404 200 200 404 200 404 200",
                    c -> HttpRequest.GET("/api/v1/services/" + c.freshDraft())),
            // Quality criteria (catalogue.quality): read like the offer itself.
            Row.of("GET /api/v1/services/{id}/qualite", "200 200 200 200 200 200 200 200 200",
                    c -> HttpRequest.GET("/api/v1/services/" + c.freshOffer() + "/qualite")),
            Row.of("GET /api/v1/services/{id}/qualite (brouillon)", "404 404 404 200 200 404 200 404 200",
                    c -> HttpRequest.GET("/api/v1/services/" + c.freshDraft() + "/qualite")),
            // Structures (catalogue room): same rules as offers.
            Row.of("PATCH /api/v1/structures/{id}", "401 403 403 200 200 403 403 403 200",
                    c -> HttpRequest.PATCH("/api/v1/structures/" + c.freshStructure(), Map.of(
                            "telephone", "01 60 00 00 99", "passerelle", Map.of("version", 1)))),
            Row.of("GET /api/v1/structures/{id}/historique", "401 403 403 200 200 403 200 403 200",
                    c -> HttpRequest.GET("/api/v1/structures/" + c.offerStructure() + "/historique")),
            Row.of("GET /api/v1/structures/{id} (en attente)", "404 404 404 200 200 404 200 404 200",
                    c -> HttpRequest.GET("/api/v1/structures/" + c.freshPendingStructure())),
            // « Signaler une erreur »: anyone reports (each from its own address: 5 per hour each);
            // the structure's operators and its territory's managers read; managers close.
            Row.of("POST /api/v1/services/{id}/signalements", "202 202 202 202 202 202 202 202 202",
                    c -> HttpRequest.POST("/api/v1/services/" + c.freshOffer() + "/signalements",
                            Map.of("message", "L'adresse indiquée n'est plus la bonne."))
                            .header("X-Forwarded-For", Api.randomAddress())),
            Row.of("GET /api/v1/structures/{id}/signalements", "401 403 403 200 200 403 200 403 200",
                    c -> HttpRequest.GET("/api/v1/structures/" + c.offerStructure() + "/signalements")),
            // Moderation: the territory's managers (77 here) and administrators.
            Row.of("GET /api/v1/moderation", "401 403 403 403 403 403 200 200 200",
                    c -> HttpRequest.GET("/api/v1/moderation?limite=5")),
            Row.of("POST /api/v1/moderation/structures/{id}/validation", "401 403 403 403 403 403 200 403 200",
                    c -> HttpRequest.POST("/api/v1/moderation/structures/" + c.freshPendingStructure() + "/validation",
                            Map.of())),
            Row.of("POST /api/v1/moderation/structures/{id}/refus", "401 403 403 403 403 403 200 403 200",
                    c -> HttpRequest.POST("/api/v1/moderation/structures/" + c.freshPendingStructure() + "/refus",
                            Map.of("motif", "Structure inconnue du territoire."))),
            Row.of("POST /api/v1/moderation/signalements/{id}/cloture", "401 403 403 403 403 403 200 403 200",
                    c -> HttpRequest.POST("/api/v1/moderation/signalements/" + c.freshReport() + "/cloture",
                            Map.of("suite", "traite", "note", "Corrigé par la structure."))),
            // Orientations (orientation room): the beneficiary, her referent (who follows her), and the
            // receiving structure's operators once transmitted; managers and administrators see no one's requests.
            Row.of("POST /api/v1/orientations", "401 201 201 403 403 403 403 403 403",
                    c -> HttpRequest.POST("/api/v1/orientations", Map.of("service_id",
                            c.freshOfferWith(AccessRule.AUTO), "beneficiaire_id", c.beneficiary(),
                            "message", "Demande de la matrice", "consentement", true))),
            Row.of("GET /api/v1/orientations", "401 200 200 200 200 200 200 200 200",
                    c -> HttpRequest.GET("/api/v1/orientations")),
            Row.of("GET /api/v1/orientations/{id} (transmise)", "401 200 200 200 200 403 403 403 403",
                    c -> HttpRequest.GET("/api/v1/orientations/" + c.freshOrientation(AccessRule.AUTO))),
            Row.of("GET /api/v1/orientations/{id} (à valider)", "401 200 200 403 403 403 403 403 403",
                    c -> HttpRequest.GET("/api/v1/orientations/" + c.freshOrientation(AccessRule.VALIDATION))),
            Row.of("POST /api/v1/orientations/{id}/statut EN_ETUDE", "401 403 403 200 200 403 403 403 403",
                    c -> HttpRequest.POST("/api/v1/orientations/" + c.freshOrientation(AccessRule.AUTO) + "/statut",
                            Map.of("statut", "EN_ETUDE"))),
            Row.of("POST /api/v1/orientations/{id}/statut TRANSMISE", "401 403 200 403 403 403 403 403 403",
                    c -> HttpRequest.POST("/api/v1/orientations/" + c.freshOrientation(AccessRule.VALIDATION)
                            + "/statut", Map.of("statut", "TRANSMISE"))),
            Row.of("POST /api/v1/orientations/{id}/statut ANNULEE", "401 200 403 403 403 403 403 403 403",
                    c -> HttpRequest.POST("/api/v1/orientations/" + c.freshOrientation(AccessRule.AUTO) + "/statut",
                            Map.of("statut", "ANNULEE"))),
            Row.of("GET /api/v1/notifications", "401 200 200 200 200 200 200 200 200",
                    c -> HttpRequest.GET("/api/v1/notifications")),
            // RGPD export (orientation room, beneficiaries only). DELETE /api/v1/me would erase the matrix's
            // beneficiary: PersonalDataApiTest covers it.
            Row.of("GET /api/v1/me/export", "401 200 403 403 403 403 403 403 403",
                    c -> HttpRequest.GET("/api/v1/me/export")),
            // Imports (interop room): administrators only.
            Row.of("POST /api/v1/imports", "401 403 403 403 403 403 403 403 200",
                    c -> fr.passerelle.interop.ImportApiTest.importRequest()),
            // Duplicates (interop room): administrators only. Decisions name an unknown offer, so the
            // administrator's 404 proves the way in without regrouping the shared fixtures (a decision
            // reruns the detection over the whole catalogue; DuplicateApiTest covers the 200s).
            Row.of("GET /api/v1/doublons", "401 403 403 403 403 403 403 403 200",
                    c -> HttpRequest.GET("/api/v1/doublons?size=5")),
            Row.of("POST /api/v1/doublons/regroupements (offre inconnue)", "401 403 403 403 403 403 403 403 404",
                    c -> HttpRequest.POST("/api/v1/doublons/regroupements",
                            Map.of("service_id", "inconnue--1", "autre_service_id", "inconnue--2"))),
            Row.of("POST /api/v1/doublons/separations (offre inconnue)", "401 403 403 403 403 403 403 403 404",
                    c -> HttpRequest.POST("/api/v1/doublons/separations", Map.of("service_id", "inconnue--1"))),
            Row.of("POST /api/v1/doublons/principale (offre inconnue)", "401 403 403 403 403 403 403 403 404",
                    c -> HttpRequest.POST("/api/v1/doublons/principale", Map.of("service_id", "inconnue--1"))),
            // An operator's CSV import (interop room): who may edit the structure (members, administrators).
            Row.of("GET /api/v1/structures/{id}/modele-import.csv", "401 403 403 200 200 403 403 403 200",
                    c -> fr.passerelle.interop.StructureImportApiTest.templateRequest(c.offerStructure())),
            Row.of("POST /api/v1/structures/{id}/imports", "401 403 403 200 200 403 403 403 200",
                    c -> fr.passerelle.interop.StructureImportApiTest.uploadRequest(c.offerStructure(),
                            fr.passerelle.interop.StructureImportApiTest.EMPTY_TEMPLATE)));

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Given given;
    @Inject
    InvitationService invitations;
    @Inject
    OfferReports reports;
    @Inject
    OrientationService orientations;

    private Api api;
    private final Map<Actor, String> tokens = new EnumMap<>(Actor.class);
    private final Map<String, Map<Actor, Integer>> actual = new ConcurrentHashMap<>();
    private Context context;

    @BeforeAll
    void setUp() {
        api = new Api(http);
        String structure = given.structure("Structure de la matrice");
        String admin = given.operator(structure, MembershipRole.ADMIN);
        Map<Actor, String> usernames = new LinkedHashMap<>();
        usernames.put(Actor.BENEFICIAIRE, given.account(Role.BENEFICIAIRE));
        usernames.put(Actor.REFERENT, given.account(Role.REFERENT));
        usernames.put(Actor.OPERATEUR_MEMBRE, given.operator(structure, MembershipRole.MEMBRE));
        usernames.put(Actor.OPERATEUR_ADMIN, admin);
        usernames.put(Actor.ADMIN_AUTRE_STRUCTURE, given.operator(given.structure("Autre structure"), MembershipRole.ADMIN));
        usernames.put(Actor.GESTIONNAIRE_77, given.manager("77"));
        usernames.put(Actor.GESTIONNAIRE_91, given.manager("91"));
        usernames.put(Actor.ADMINISTRATEUR, given.account(Role.ADMINISTRATEUR));
        usernames.forEach((actor, username) -> tokens.put(actor, api.token(username, Given.PASSWORD)));
        String offerStructure = given.structure("Structure des offres de la matrice");
        given.member(usernames.get(Actor.OPERATEUR_MEMBRE), offerStructure, MembershipRole.MEMBRE);
        given.member(usernames.get(Actor.OPERATEUR_ADMIN), offerStructure, MembershipRole.ADMIN);
        AccountRef adminRef = given.ref(admin);
        given.follow(usernames.get(Actor.REFERENT), usernames.get(Actor.BENEFICIAIRE));
        AccountRef beneficiary = given.ref(usernames.get(Actor.BENEFICIAIRE));
        context = new Context() {
            public String structure() {
                return structure;
            }

            public String freshJoinRequest() {
                return given.joinRequest(structure);
            }

            public String freshInvitation() {
                return invitations.invite(adminRef, structure, "invitee@exemple.fr", null).token();
            }

            public String freshUsername() {
                return Given.unique("matrice");
            }

            public String offerStructure() {
                return offerStructure;
            }

            public String freshOffer() {
                return given.offer(offerStructure, OfferStatus.PUBLIEE);
            }

            public String freshDraft() {
                return given.offer(offerStructure, OfferStatus.BROUILLON);
            }

            public String freshStructure() {
                return withOperators(given.structure("Structure modifiée par la matrice"));
            }

            public String freshPendingStructure() {
                return withOperators(given.pendingStructure("Structure en attente de la matrice"));
            }

            private String withOperators(String id) {
                given.member(usernames.get(Actor.OPERATEUR_MEMBRE), id, MembershipRole.MEMBRE);
                given.member(usernames.get(Actor.OPERATEUR_ADMIN), id, MembershipRole.ADMIN);
                return id;
            }

            public String freshOfferWith(AccessRule rule) {
                return given.offer(OfferBuilder.offer(Given.newOfferId(), offerStructure).accessRule(rule).build());
            }

            public long beneficiary() {
                return beneficiary.id();
            }

            public String freshOrientation(AccessRule rule) {
                return orientations.ask(new NewOrientation(freshOfferWith(rule), null, null, "Demande de la matrice",
                        null, true), beneficiary).id().toString();
            }

            public long freshReport() {
                String offer = freshOffer();
                reports.report(offer, new ReportSubmission("Le lieu d'accueil a déménagé.", null, null),
                        Api.randomAddress());
                return given.sql("select max(id) from offer_report where offer_id = ?", ps -> {
                    ps.setString(1, offer);
                    try (var rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
            }
        };
    }

    static Stream<Arguments> cells() {
        return ROWS.stream().flatMap(row -> Arrays.stream(Actor.values()).map(actor -> Arguments.of(row, actor)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void eachCallerGetsTheExpectedStatus(Row row, Actor actor) {
        MutableHttpRequest<?> request = row.request().apply(context);
        Api.Answer answer = api.send(Api.as(request, tokens.get(actor)));
        actual.computeIfAbsent(row.label(), label -> new ConcurrentHashMap<>()).put(actor, answer.status());

        assertThat(answer.status()).as(row.label() + " as " + actor + ": " + answer.body())
                .isEqualTo(row.expected().get(actor));
    }

    @AfterAll
    void writeTheMatrix() throws IOException {
        StringBuilder table = new StringBuilder("# Authorization matrix\n\n")
                .append("Generated by `AuthorizationMatrixTest`: the status each caller gets; a cell that differs\n")
                .append("from the expectation shows both (`actual (expected)`).\n\n| endpoint |");
        for (Actor actor : Actor.values()) {
            table.append(' ').append(actor.name().toLowerCase().replace('_', ' ')).append(" |");
        }
        table.append("\n|---|").append("---|".repeat(Actor.values().length)).append('\n');
        for (Row row : ROWS) {
            table.append("| `").append(row.label()).append("` |");
            for (Actor actor : Actor.values()) {
                Integer got = actual.getOrDefault(row.label(), Map.of()).get(actor);
                int expected = row.expected().get(actor);
                table.append(' ').append(got == null ? "not run (" + expected + ")"
                        : got == expected ? String.valueOf(got) : got + " (" + expected + ")").append(" |");
            }
            table.append('\n');
        }
        Path file = Path.of("target", "authorization-matrix.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, table);
    }
}
