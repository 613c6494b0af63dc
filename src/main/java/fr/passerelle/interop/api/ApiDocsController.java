package fr.passerelle.interop.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;

/** {@code /api/docs}: the Swagger UI page generated at compile time (a static resource under it). */
@Controller("/api/docs")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class ApiDocsController {

    @Get
    HttpResponse<?> docs() {
        return HttpResponse.seeOther(URI.create("/api/docs/index.html"));
    }
}
