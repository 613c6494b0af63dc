package fr.passerelle.orientation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.passerelle.account.AccountRef;
import fr.passerelle.orientation.Notification;
import fr.passerelle.orientation.Notifications;
import fr.passerelle.shared.DomainException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The caller's in-app notifications. */
@Controller("/api/v1/notifications")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class NotificationController {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Item(long id, @JsonProperty("orientation_id") @Nullable UUID orientationId, String type, String texte,
                @JsonProperty("cree_le") Instant creeLe, boolean lu) {
        static Item of(Notification n) {
            return new Item(n.id(), n.orientationId(), n.kind().name(), n.text(), n.createdAt(), n.readAt() != null);
        }
    }

    @Serdeable
    record Items(List<Item> items) {
    }

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @Get
    Items list(Authentication authentication) {
        return new Items(notifications.of(AccountRef.of(authentication)).stream().map(Item::of).toList());
    }

    @Post("/{id}/lu")
    HttpResponse<?> read(@PathVariable long id, Authentication authentication) {
        if (!notifications.markRead(AccountRef.of(authentication), id)) {
            throw DomainException.notFound("La notification", Long.toString(id));
        }
        return HttpResponse.noContent();
    }
}
