package fr.passerelle.orientation;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** One line of a request's history; {@code actorRole} is a role code or {@value #SYSTEM}. */
public record OrientationEvent(@Nullable OrientationStatus from, OrientationStatus to, @Nullable Long actorId,
                               String actorRole, @Nullable String reason, Instant at) {

    public static final String SYSTEM = "SYSTEME";
}
