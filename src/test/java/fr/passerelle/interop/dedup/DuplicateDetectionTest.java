package fr.passerelle.interop.dedup;

import fr.passerelle.account.AccountRef;
import fr.passerelle.account.Given;
import fr.passerelle.account.Role;
import fr.passerelle.catalogue.OfferEditor;
import fr.passerelle.catalogue.OfferStatus;
import fr.passerelle.shared.DomainException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static fr.passerelle.interop.dedup.DuplicateWorld.LATITUDE;
import static fr.passerelle.interop.dedup.DuplicateWorld.LONGITUDE;
import static fr.passerelle.interop.dedup.DuplicateWorld.near;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The crafted pair set: each rule groups what it should and nothing else, clusters follow
 * pairs transitively, and the admins' decisions hold on every later run. Each case sits a few
 * kilometres from the others, so they never meet.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DuplicateDetectionTest {

    private static final LocalDate OLDER = LocalDate.of(2026, 9, 1);
    private static final LocalDate NEWER = LocalDate.of(2026, 11, 1);

    @Inject
    DuplicateWorld world;
    @Inject
    DuplicateDetector detector;
    @Inject
    DuplicateDecisions decisions;
    @Inject
    DuplicateRepository repository;
    @Inject
    Given given;
    @Inject
    TransactionOperations<Connection> transactions;

    private final String sourceA = DuplicateWorld.source("a");
    private final String sourceB = DuplicateWorld.source("b");
    private final String sourceC = DuplicateWorld.source("c");
    private AccountRef admin;

    @BeforeAll
    void signIn() {
        admin = given.ref(given.account(Role.ADMINISTRATEUR));
    }

    @AfterAll
    void putTheOtherTestsWorldBack() {
        world.forgetClusters();
    }

    /** A place of its own for each case: {@code slot} × 5 km north of Mende. */
    private static double lat(int slot) {
        return LATITUDE + slot * 0.045;
    }

    @Test
    void sameSiretAndSimilarNamesAreOneClusterShownByTheMostRecentlyUpdated() {
        String siret = DuplicateWorld.siret();
        String older = world.offer(world.structure(sourceA, siret, "Association Lozère Numérique"),
                "Atelier numérique pour tous", near(lat(1), LONGITUDE, 0, 0), "04 66 10 00 01", OLDER);
        // 2 km away, another phone: only the SIRET and the name tie them.
        String newer = world.offer(world.structure(sourceB, siret, "Lozère Numérique"),
                "Atelier Numerique pour tous - Mende", near(lat(1), LONGITUDE, 2000, 0), "04 66 10 00 02", NEWER);

        detector.detect();

        assertThat(clusterOf(older)).containsExactlyInAnyOrder(older, newer);
        assertThat(representativeOf(older)).isEqualTo(newer);
        assertThat(reasonsOf(older)).containsExactly(DuplicateReason.MEME_SIRET);
    }

    @Test
    void nearPointsWithSimilarNamesAreOneCluster() {
        String a = world.offer(world.structure(sourceA, DuplicateWorld.siret(), "CCAS de Mende"),
                "Permanence logement Lozère", near(lat(2), LONGITUDE, 0, 0), "04 66 20 00 01", OLDER);
        String b = world.offer(world.structure(sourceB, DuplicateWorld.siret(), "ADIL 48"),
                "Permanence Logement (Lozère)", near(lat(2), LONGITUDE, 50, 0), "04 66 20 00 02", OLDER);

        detector.detect();

        assertThat(clusterOf(a)).containsExactlyInAnyOrder(a, b);
        assertThat(reasonsOf(b)).containsExactly(DuplicateReason.PROCHES_NOM);
    }

    @Test
    void nearPointsWithTheSamePhoneAreOneClusterShownByTheDepartementsOwnOffer() {
        String imported = world.offer(world.structure(sourceA, DuplicateWorld.siret(), "Secours solidaire"),
                "Épicerie solidaire", near(lat(3), LONGITUDE, 0, 0), "04 66 30 00 01", NEWER);
        String own = world.offer(world.structure(OfferEditor.SOURCE, DuplicateWorld.siret(), "Banque alimentaire 48"),
                "Aide alimentaire d'urgence", near(lat(3), LONGITUDE, 0, 80), "+33 4 66 30 00 01", OLDER);

        detector.detect();

        assertThat(clusterOf(imported)).containsExactlyInAnyOrder(imported, own);
        assertThat(reasonsOf(imported)).containsExactly(DuplicateReason.PROCHES_TELEPHONE);
        // Maintained by the département's operators: shown first, though older.
        assertThat(representativeOf(imported)).isEqualTo(own);
    }

    @Test
    void nearPointsWithDifferentNamesAndPhonesAreNotDuplicates() {
        String a = world.offer(world.structure(sourceA, DuplicateWorld.siret(), "Garage du Lot"),
                "Garage solidaire", near(lat(4), LONGITUDE, 0, 0), "04 66 40 00 01", OLDER);
        String b = world.offer(world.structure(sourceB, DuplicateWorld.siret(), "Alpha 48"),
                "Cours de français", near(lat(4), LONGITUDE, 30, 0), "04 66 40 00 02", OLDER);

        detector.detect();

        assertThat(clusterOf(a)).containsExactly(a);
        assertThat(clusterOf(b)).containsExactly(b);
    }

    @Test
    void offersOfTheSameSourceAreNeverDuplicates() {
        String siret = DuplicateWorld.siret();
        String structure = world.structure(sourceA, siret, "Mission locale Lozère");
        String a = world.offer(structure, "Accompagnement jeunes", near(lat(5), LONGITUDE, 0, 0), "04 66 50 00 01",
                OLDER);
        String b = world.offer(structure, "Accompagnement jeunes", near(lat(5), LONGITUDE, 0, 0), "04 66 50 00 01",
                OLDER);

        detector.detect();

        assertThat(clusterOf(a)).containsExactly(a);
        assertThat(clusterOf(b)).containsExactly(b);
    }

    @Test
    void similarNamesFarApartWithoutASharedSiretAreNotDuplicates() {
        String a = world.offer(world.structure(sourceA, DuplicateWorld.siret(), "Vélo Gévaudan"),
                "Vélo-école du Gévaudan", near(lat(6), LONGITUDE, 0, 0), "04 66 60 00 01", OLDER);
        String b = world.offer(world.structure(sourceB, DuplicateWorld.siret(), "Cycles 48"),
                "Velo ecole du Gevaudan", near(lat(6), LONGITUDE, 2000, 0), "04 66 60 00 01", OLDER);

        detector.detect();

        assertThat(clusterOf(a)).containsExactly(a);
    }

    @Test
    void approximatePointsAreNeverNear() {
        String a = world.offer(world.structure(sourceA, DuplicateWorld.siret(), "Maison France services"),
                "Aide aux démarches en ligne", near(lat(7), LONGITUDE, 0, 0), "04 66 70 00 01", OLDER);
        String b = world.offer(world.structure(sourceB, DuplicateWorld.siret(), "Conseiller numérique 48"),
                "Aide aux demarches en ligne", near(lat(7), LONGITUDE, 0, 0), "04 66 70 00 02", OLDER);
        given.sql("update offer set point_approximate = true where id = ?", ps -> {
            ps.setString(1, b);
            return ps.executeUpdate();
        });

        detector.detect();

        assertThat(clusterOf(a)).containsExactly(a);
    }

    @Test
    void pairsChainIntoOneClusterAndTheAdminsDecisionsHoldOnEveryRun() {
        // x–y and y–z are 100 m apart; x and z, 200 m: only the chain joins x and z.
        String x = world.offer(world.structure(sourceA, DuplicateWorld.siret(), "UDAF 48"),
                "Point conseil budget", near(lat(8), LONGITUDE, 0, 0), "04 66 80 00 01", OLDER);
        String y = world.offer(world.structure(sourceB, DuplicateWorld.siret(), "CAF Lozère"),
                "Point Conseil Budget Mende", near(lat(8), LONGITUDE, 0, 100), "04 66 80 00 02", OLDER);
        String z = world.offer(world.structure(sourceC, DuplicateWorld.siret(), "Crésus"),
                "Point-conseil budget", near(lat(8), LONGITUDE, 0, 200), "04 66 80 00 03", NEWER);
        detector.detect();
        assertThat(clusterOf(x)).containsExactlyInAnyOrder(x, y, z);
        assertThat(representativeOf(x)).isEqualTo(z);

        decisions.split(y, admin);
        assertThat(clusterOf(y)).containsExactly(y);
        assertThat(clusterOf(x)).as("without y, nothing ties x to z").containsExactly(x);

        decisions.merge(x, z, admin);
        decisions.choose(x, admin);
        detector.detect();
        assertThat(clusterOf(y)).as("the split holds on a new run").containsExactly(y);
        assertThat(clusterOf(x)).containsExactlyInAnyOrder(x, z);
        assertThat(representativeOf(z)).as("the chosen offer stays the main one").isEqualTo(x);
        assertThat(reasonsOf(z)).contains(DuplicateReason.REGROUPEMENT);

        decisions.merge(y, z, admin);
        detector.detect();
        assertThat(clusterOf(x)).as("a newer merge undoes the split").containsExactlyInAnyOrder(x, y, z);
        assertThat(representativeOf(y)).isEqualTo(x);
    }

    @Test
    void aDraftNeverHidesItsPublishedTwin() {
        String published = world.offer(world.structure(sourceA, DuplicateWorld.siret(), "Entraide 48"),
                "Friperie solidaire", near(lat(9), LONGITUDE, 0, 0), "04 66 90 00 01", OLDER);
        String draft = world.offer(world.structure(OfferEditor.SOURCE, DuplicateWorld.siret(), "Entraide Mende"),
                "Friperie solidaire", near(lat(9), LONGITUDE, 10, 0), "04 66 90 00 02", NEWER, OfferStatus.BROUILLON);

        detector.detect();

        assertThat(clusterOf(draft)).containsExactlyInAnyOrder(published, draft);
        assertThat(representativeOf(draft)).isEqualTo(published);
    }

    @Test
    void decisionsRefuseWhatTheyCannotDo() {
        String alone = world.offer(world.structure(sourceA, DuplicateWorld.siret(), "Seule structure"),
                "Offre sans double", near(lat(10), LONGITUDE, 0, 0), "04 66 99 00 01", OLDER);
        String archived = world.offer(world.structure(sourceB, DuplicateWorld.siret(), "Structure archivée"),
                "Offre archivée", near(lat(10), LONGITUDE, 3000, 0), "04 66 99 00 02", OLDER, OfferStatus.ARCHIVEE);

        assertRefused(() -> decisions.split(alone, admin), DomainException.Kind.CONFLICT);
        assertRefused(() -> decisions.merge(alone, alone, admin), DomainException.Kind.UNPROCESSABLE);
        assertRefused(() -> decisions.merge(alone, archived, admin), DomainException.Kind.UNPROCESSABLE);
        assertRefused(() -> decisions.merge(alone, "inconnue--1", admin), DomainException.Kind.NOT_FOUND);
        assertRefused(() -> decisions.choose(alone, admin), DomainException.Kind.CONFLICT);
        AccountRef manager = given.ref(given.manager("48"));
        assertRefused(() -> decisions.detect(manager), DomainException.Kind.FORBIDDEN);
    }

    private static void assertRefused(Runnable action, DomainException.Kind kind) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.getMessage()).isNotBlank();
        });
    }

    private List<String> clusterOf(String offerId) {
        return transactions.executeRead(status -> repository.clusterOf(offerId));
    }

    private String representativeOf(String offerId) {
        return transactions.executeRead(status -> repository.representativeOf(offerId)).orElseThrow();
    }

    private Set<DuplicateReason> reasonsOf(String offerId) {
        return transactions.executeRead(status -> repository.stored().get(offerId).reasons());
    }
}
