package fr.passerelle.orientation.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** POST /api/v1/orientations/{id}/statut. */
@Serdeable
record StatusRequest(@Nullable String statut, @Nullable String motif) {
}
