package fr.passerelle.catalogue.reminders;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Sends the stale offer reminders on a schedule: by default every Monday at 8:00, Paris time
 * ({@code passerelle.reminders.cron}, six fields: second minute hour day month weekday).
 * With several application nodes, enable it on one only ({@code passerelle.reminders.enabled=false}
 * on the others): two runs at the same minute would both send.
 */
@Singleton
@Requires(property = "passerelle.reminders.enabled", notEquals = "false")
class StaleOfferReminderJob {

    private final StaleOfferReminders reminders;

    StaleOfferReminderJob(StaleOfferReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${passerelle.reminders.cron:0 0 8 * * MON}", zoneId = "${passerelle.reminders.zone:Europe/Paris}")
    void remind() {
        reminders.sendDue();
    }
}
