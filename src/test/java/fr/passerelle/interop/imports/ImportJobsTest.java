package fr.passerelle.interop.imports;

import fr.passerelle.account.AccountRef;
import fr.passerelle.account.Given;
import fr.passerelle.account.MembershipRole;
import fr.passerelle.account.Role;
import fr.passerelle.shared.DomainException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static fr.passerelle.interop.ImportFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class ImportJobsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    ImportJobs jobs;
    @Inject
    ImportRuns runs;
    @Inject
    Given given;
    @TempDir
    Path dir;

    @Test
    void anImportRunsInTheBackgroundReportsItsProgressAndLeavesAHistoryRow() throws Exception {
        AccountRef admin = given.ref(given.account(Role.ADMINISTRATEUR));
        String source = newSource();
        Path file = jsonArray(dir, "donnees.json", List.of(structure("s"), service("a", "s"), service("b", "s")));

        ImportJobs.Job job = jobs.start(admin, file, "donnees.json", source, false);
        assertThat(jobs.await(job, PATIENCE)).isTrue();

        // The Importer tells where it is at least once, at the end: every row was read.
        assertThat(job.progress().rows()).isGreaterThanOrEqualTo(3);
        ImportRun run = jobs.run(job.runId()).orElseThrow();
        assertThat(run.status()).isEqualTo(ImportRunStatus.TERMINE);
        assertThat(run.startedBy()).isEqualTo(admin.username());
        assertThat(run.fileName()).isEqualTo("donnees.json");
        assertThat(run.source()).isEqualTo(source);
        assertThat(run.full()).isFalse();
        assertThat(run.finishedAt()).isNotNull();
        assertThat(run.rowsRead()).isEqualTo(job.progress().rows());
        assertThat(run.report()).isNotNull();
        assertThat(run.report().imported()).isEqualTo(3);
        assertThat(jobs.history()).first().extracting(ImportRun::id).isEqualTo(job.runId());
        assertThat(file).as("the job deletes the uploaded file").doesNotExist();
    }

    @Test
    void aSecondImportWhileOneRunsIsRefusedWithAFrenchMessage() throws Exception {
        AccountRef admin = given.ref(given.account(Role.ADMINISTRATEUR));
        // The Importer reports its progress once more at the very end: holding that report keeps the run open.
        CountDownLatch release = new CountDownLatch(1);
        Path slow = jsonArray(dir, "lent.json", List.of(structure("s")));
        ImportJobs.Job first = jobs.start(admin, slow, "lent.json", newSource(), false, progress -> {
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            assertThat(jobs.running()).containsSame(first);
            assertThat(jobs.run(first.runId()).orElseThrow().status()).isEqualTo(ImportRunStatus.EN_COURS);
            Path second = jsonArray(dir, "autre.json", List.of(structure("s")));

            assertThatThrownBy(() -> jobs.start(admin, second, "autre.json", newSource(), false))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                        assertThat(e.getMessage()).contains("Un import est déjà en cours", "lent.json");
                    });
            assertThat(second).as("a refused upload is not left behind").doesNotExist();
        } finally {
            release.countDown();
        }
        assertThat(jobs.await(first, PATIENCE)).isTrue();
        assertThat(jobs.run(first.runId()).orElseThrow().status()).isEqualTo(ImportRunStatus.TERMINE);
        assertThat(jobs.running()).isEmpty();
    }

    @Test
    void aRunLeftRunningByAStoppedProcessShowsAsInterruptedAfterTheRestart() {
        long cut = runs.start("admin-disparu", Instant.now(), "coupe.json", "dora", true);

        jobs.run(); // what Bootstrap runs when the application starts

        ImportRun run = jobs.run(cut).orElseThrow();
        assertThat(run.status()).isEqualTo(ImportRunStatus.INTERROMPU);
        assertThat(run.finishedAt()).isNotNull();
        assertThat(run.report()).isNull();
    }

    @Test
    void anUnreadableFileEndsTheRunAsFailedWithAFrenchReason() throws Exception {
        AccountRef admin = given.ref(given.account(Role.ADMINISTRATEUR));
        Path file = write(dir.resolve("casse.json"), "[{\"id\": ");

        ImportJobs.Job job = jobs.start(admin, file, "casse.json", newSource(), false);
        assertThat(jobs.await(job, PATIENCE)).isTrue();

        ImportRun run = jobs.run(job.runId()).orElseThrow();
        assertThat(run.status()).isEqualTo(ImportRunStatus.ECHEC);
        assertThat(run.error()).startsWith("Le fichier n'a pas pu être lu");
    }

    @Test
    void onlyAdministratorsStartImports() throws Exception {
        String structure = given.structure("Structure d'un opérateur qui importe");
        AccountRef operator = given.ref(given.operator(structure, MembershipRole.ADMIN));
        Path file = jsonArray(dir, "donnees.json", List.of(structure("s")));
        int before = jobs.history().size();

        assertThatThrownBy(() -> jobs.start(operator, file, "donnees.json", newSource(), false))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        assertThat(jobs.history()).hasSize(Math.min(ImportJobs.HISTORY, before));
    }
}
