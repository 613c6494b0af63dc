package fr.passerelle.orientation;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * The orientation's daily chores ({@code passerelle.orientation.*}): remind the structure of
 * requests waiting for 10 days, expire those unanswered for 30, anonymise those ended 2 years
 * ago. With several application nodes, enable it on one only.
 */
@Singleton
@Requires(property = "passerelle.orientation.jobs.enabled", notEquals = "false")
class OrientationJobs {

    private static final Logger LOG = LoggerFactory.getLogger(OrientationJobs.class);

    private final OrientationService orientations;
    private final Duration remindAfter;
    private final Duration expireAfter;
    private final Duration anonymiseAfter;

    OrientationJobs(OrientationService orientations,
                    @Value("${passerelle.orientation.remind-after:10d}") Duration remindAfter,
                    @Value("${passerelle.orientation.expire-after:30d}") Duration expireAfter,
                    @Value("${passerelle.orientation.anonymise-after:730d}") Duration anonymiseAfter) {
        this.orientations = orientations;
        this.remindAfter = remindAfter;
        this.expireAfter = expireAfter;
        this.anonymiseAfter = anonymiseAfter;
    }

    @Scheduled(cron = "${passerelle.orientation.jobs.cron:0 30 7 * * *}",
            zoneId = "${passerelle.orientation.jobs.zone:Europe/Paris}")
    void run() {
        int reminded = orientations.remindStructures(remindAfter);
        int expired = orientations.expireUnanswered(expireAfter);
        int anonymised = orientations.anonymiseEnded(anonymiseAfter);
        LOG.info("Orientation jobs: {} reminded, {} expired, {} anonymised", reminded, expired, anonymised);
    }
}
