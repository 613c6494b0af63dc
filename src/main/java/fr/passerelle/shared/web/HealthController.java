package fr.passerelle.shared.web;

import fr.passerelle.shared.Bootstrap;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;

/** Ready when start-up tasks (reference data, demo catalogue, index) are done. */
@Controller("/health")
class HealthController {

    @Serdeable
    record Health(String status) {
    }

    private final Bootstrap bootstrap;

    HealthController(Bootstrap bootstrap) {
        this.bootstrap = bootstrap;
    }

    @Get
    HttpResponse<Health> health() {
        return bootstrap.isReady()
                ? HttpResponse.ok(new Health("UP"))
                : HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(new Health("STARTING"));
    }
}
