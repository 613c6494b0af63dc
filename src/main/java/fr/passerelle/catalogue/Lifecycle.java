package fr.passerelle.catalogue;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/** Publication state and freshness of an offer. */
public record Lifecycle(OfferStatus status, @Nullable LocalDate suspendedUntil, int updateFrequencyMonths,
                        @Nullable LocalDate verifiedOn, @Nullable String verifiedBy) {

    public static Lifecycle published(int updateFrequencyMonths) {
        return new Lifecycle(OfferStatus.PUBLIEE, null, updateFrequencyMonths, null, null);
    }

    /** "À mettre à jour": the last update is older than the offer's own update frequency. */
    public boolean isStale(LocalDate dateMaj, LocalDate today) {
        return dateMaj.plusMonths(updateFrequencyMonths).isBefore(today);
    }
}
