package fr.passerelle.shared.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.passerelle.shared.Bootstrap;
import fr.passerelle.shared.outbox.Outbox;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** Ready when start-up tasks (reference data, demo catalogue, index) are done; shows the indexing lag. */
@Controller("/health")
@ExecuteOn(TaskExecutors.BLOCKING)
class HealthController {

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Health(String status, @Nullable Outbox.Lag indexing) {
    }

    private final Bootstrap bootstrap;
    private final Outbox outbox;

    HealthController(Bootstrap bootstrap, Outbox outbox) {
        this.bootstrap = bootstrap;
        this.outbox = outbox;
    }

    @Get
    HttpResponse<Health> health() {
        Outbox.Lag lag = lag();
        return bootstrap.isReady()
                ? HttpResponse.ok(new Health("UP", lag))
                : HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(new Health("STARTING", lag));
    }

    /** The lag is information, not a reason to fail the check: a database hiccup shows as no lag. */
    @Nullable
    private Outbox.Lag lag() {
        try {
            return outbox.lag();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
