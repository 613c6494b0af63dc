package fr.passerelle.interop.dedup;

import fr.passerelle.interop.imports.ImportFinished;
import fr.passerelle.interop.imports.ImportReport;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static fr.passerelle.interop.dedup.DuplicateWorld.LATITUDE;
import static fr.passerelle.interop.dedup.DuplicateWorld.LONGITUDE;
import static fr.passerelle.interop.dedup.DuplicateWorld.near;
import static org.assertj.core.api.Assertions.assertThat;

/** An import that changed something regroups the catalogue by itself, on another thread. */
@MicronautTest(transactional = false)
@Property(name = "passerelle.dedup.automatic", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DetectionAfterImportTest {

    @Inject
    DuplicateWorld world;
    @Inject
    ApplicationEventPublisher<ImportFinished> events;
    @Inject
    DuplicateRepository repository;
    @Inject
    TransactionOperations<Connection> transactions;

    @AfterAll
    void putTheOtherTestsWorldBack() {
        world.forgetClusters();
    }

    @Test
    void anImportThatChangedRowsRegroupsTheCatalogue() throws InterruptedException {
        String sourceA = DuplicateWorld.source("import-a");
        String sourceB = DuplicateWorld.source("import-b");
        String a = world.offer(world.structure(sourceA, DuplicateWorld.siret(), "Restos du cœur Mende"),
                "Distribution alimentaire", near(LATITUDE + 0.7, LONGITUDE, 0, 0), "04 66 55 55 51",
                LocalDate.of(2026, 9, 1));
        String b = world.offer(world.structure(sourceB, DuplicateWorld.siret(), "Restos du coeur 48"),
                "Distribution Alimentaire", near(LATITUDE + 0.7, LONGITUDE, 10, 10), "04 66 55 55 52",
                LocalDate.of(2026, 10, 1));

        events.publishEvent(new ImportFinished(Set.of(sourceB), new ImportReport(1, 0, 0, List.of(), 0, List.of())));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        List<String> cluster = List.of(a);
        while (Instant.now().isBefore(deadline) && cluster.size() < 2) {
            Thread.sleep(200);
            cluster = transactions.executeRead(status -> repository.clusterOf(a));
        }
        assertThat(cluster).containsExactlyInAnyOrder(a, b);
    }
}
