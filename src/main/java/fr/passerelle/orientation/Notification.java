package fr.passerelle.orientation;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/** An in-app notification as its recipient reads it. */
public record Notification(long id, @Nullable UUID orientationId, NoticeKind kind, String text, Instant createdAt,
                           @Nullable Instant readAt) {
}
