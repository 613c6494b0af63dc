package fr.passerelle.catalogue;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings suspended offers back when their date comes (DOMAIN.md: suspended until a date). */
@Singleton
class SuspensionEndJob {

    private static final Logger LOG = LoggerFactory.getLogger(SuspensionEndJob.class);

    private final OfferEditor editor;

    SuspensionEndJob(OfferEditor editor) {
        this.editor = editor;
    }

    @Scheduled(fixedDelay = "${passerelle.catalogue.suspension-check:5m}", initialDelay = "30s")
    void endDueSuspensions() {
        int ended = editor.endSuspensions();
        if (ended > 0) {
            LOG.info("{} suspended offers published again", ended);
        }
    }
}
