package fr.passerelle.interop.dedup;

import fr.passerelle.interop.imports.ImportFinished;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Async;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the detector after every import that changed something (on another thread: the import
 * answers without waiting) and every night ({@code passerelle.dedup.cron}, Paris time), so
 * offers edited by hand are regrouped too. {@code passerelle.dedup.automatic=false} leaves only
 * the admins' « Relancer la détection » (tests use it: their fixtures share points and phones).
 * The import command sets {@code passerelle.dedup.background=false} and detects before it exits:
 * a command's background thread would die with it.
 */
@Singleton
@Requires(property = "passerelle.dedup.automatic", notEquals = "false")
@Requires(property = "passerelle.dedup.background", notEquals = "false")
class DuplicateJobs {

    private static final Logger LOG = LoggerFactory.getLogger(DuplicateJobs.class);

    private final DuplicateDetector detector;

    DuplicateJobs(DuplicateDetector detector) {
        this.detector = detector;
    }

    @EventListener
    @Async
    void afterImport(ImportFinished event) {
        if (event.changedAnything()) {
            run("import of " + event.sources());
        }
    }

    @Scheduled(cron = "${passerelle.dedup.cron:0 30 3 * * *}", zoneId = "${passerelle.dedup.zone:Europe/Paris}")
    void nightly() {
        run("nightly run");
    }

    private void run(String why) {
        try {
            detector.detect();
        } catch (RuntimeException e) {
            // The next import or night tries again; clusters stay as they were (one transaction).
            LOG.warn("Duplicate detection after {} failed", why, e);
        }
    }
}
