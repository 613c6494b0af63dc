package fr.passerelle.interop.imports;

import de.siegmar.fastcsv.reader.CsvParseException;
import fr.passerelle.account.AccountRef;
import fr.passerelle.account.AccountService;
import fr.passerelle.account.Role;
import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.StartupTask;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Imports started from the administrators' page: each runs in the background (one at a time,
 * on a single thread: two imports of the same source would race on the same rows), tells how
 * far it is, and leaves a row in import_run. At start-up, runs left "en cours" by a stopped
 * process are marked interrupted.
 */
@Singleton
public class ImportJobs implements StartupTask {

    /** Runs shown on the page. */
    public static final int HISTORY = 50;
    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

    private final Importer importer;
    private final ImportRuns runs;
    private final AccountService accounts;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "admin-import");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Job> current = new AtomicReference<>();

    public ImportJobs(Importer importer, ImportRuns runs, AccountService accounts, Clock clock) {
        this.importer = importer;
        this.runs = runs;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** What the page shows of a run while it goes: its row id, and the last progress heard. */
    public static final class Job {
        private final long runId;
        private final String fileName;
        private final String startedBy;
        private volatile ImportOptions.Progress progress = new ImportOptions.Progress(0, 0, null);
        private volatile boolean done;
        private final long startedNanos = System.nanoTime();

        Job(long runId, String fileName, String startedBy) {
            this.runId = runId;
            this.fileName = fileName;
            this.startedBy = startedBy;
        }

        public long runId() {
            return runId;
        }

        public ImportOptions.Progress progress() {
            return progress;
        }

        public boolean done() {
            return done;
        }

        public String fileName() {
            return fileName;
        }

        /** How far the import is, 0 to 1, from the time spent and the time left; null before the first estimate. */
        @Nullable
        public Double fraction() {
            Duration eta = progress.eta();
            if (eta == null) {
                return null;
            }
            double elapsed = (System.nanoTime() - startedNanos) / 1e9;
            return elapsed / Math.max(0.001, elapsed + eta.toSeconds());
        }
    }

    /**
     * Starts importing {@code file} (which the job owns from now on and deletes when done).
     * Administrators only; 409 while another import runs.
     */
    public Job start(AccountRef who, Path file, String fileName, @Nullable String source, boolean full) {
        return start(who, file, fileName, source, full, progress -> { });
    }

    /** The same, also telling {@code listener} each progress report (tests hold a run open with it). */
    Job start(AccountRef who, Path file, String fileName, @Nullable String source, boolean full,
              Consumer<ImportOptions.Progress> listener) {
        if (accounts.profile(who).role() != Role.ADMINISTRATEUR) {
            deleteQuietly(file);
            throw new DomainException(DomainException.Kind.FORBIDDEN, "Seuls les administrateurs importent des fichiers.");
        }
        String cleanSource = source == null || source.isBlank() ? null : source.strip();
        synchronized (current) {
            Job running = current.get();
            if (running != null && !running.done) {
                deleteQuietly(file);
                throw new DomainException(DomainException.Kind.CONFLICT, "Un import est déjà en cours (fichier « "
                        + running.fileName + " », lancé par " + running.startedBy + "). Attendez qu'il se termine, "
                        + "puis relancez le vôtre.");
            }
            long id = runs.start(who.username(), clock.instant(), fileName, cleanSource, full);
            Job job = new Job(id, fileName, who.username());
            current.set(job);
            executor.execute(() -> run(job, file, ImportOptions.of(cleanSource, full), listener));
            LOG.info("Import run {} started by account {}", id, who.id());
            return job;
        }
    }

    private void run(Job job, Path file, ImportOptions options, Consumer<ImportOptions.Progress> listener) {
        try {
            ImportReport report = importer.run(file, options.withProgress(p -> {
                job.progress = p;
                listener.accept(p);
            }));
            runs.finish(job.runId, clock.instant(), job.progress.rows(), report);
        } catch (IOException | UncheckedIOException | CsvParseException e) {
            LOG.warn("Import run {} could not read its file: {}", job.runId, e.toString());
            runs.fail(job.runId, clock.instant(), job.progress.rows(), "Le fichier n'a pas pu être lu : il doit être "
                    + "un tableau JSON, des lignes JSON, une page de l'API data·inclusion ou un CSV.");
        } catch (RuntimeException e) {
            LOG.error("Import run {} failed", job.runId, e);
            runs.fail(job.runId, clock.instant(), job.progress.rows(), "L'import s'est arrêté sur une erreur "
                    + "inattendue : les lignes déjà traitées sont enregistrées, relancez l'import pour finir.");
        } finally {
            job.done = true;
            deleteQuietly(file);
        }
    }

    /** The import running now, if any. */
    public Optional<Job> running() {
        return Optional.ofNullable(current.get()).filter(job -> !job.done);
    }

    public Optional<ImportRun> run(long id) {
        return runs.find(id);
    }

    public List<ImportRun> history() {
        return runs.latest(HISTORY);
    }

    /** Waits until the job is done (command-line and tests); false when {@code limit} passed first. */
    public boolean await(Job job, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!job.done) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    @Override
    public int order() {
        return GAZETTEER - 50;
    }

    @Override
    public void run() {
        int interrupted = runs.interruptRunning(clock.instant());
        if (interrupted > 0) {
            LOG.warn("{} import run(s) were cut by the last stop: marked interrupted", interrupted);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A temporary file left behind is harmless.
        }
    }
}
