package fr.passerelle.catalogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** A dated run of an offer (a training, a workshop cycle, places in a crèche) with its places. */
@Serdeable
public record OfferSession(@Nullable Long id, @Nullable String label, LocalDate startsOn, @Nullable LocalDate endsOn,
                           @Nullable Integer capacity, @Nullable Integer placesLeft, boolean waitingList) {

    public boolean hasPlaces() {
        return placesLeft == null || placesLeft > 0;
    }
}
