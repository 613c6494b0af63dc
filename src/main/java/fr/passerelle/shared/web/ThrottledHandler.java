package fr.passerelle.shared.web;

import fr.passerelle.shared.RateLimiter;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** 429 as every problem, plus Retry-After so clients know when to come back. */
@Singleton
@Produces
class ThrottledHandler implements ExceptionHandler<RateLimiter.Throttled, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, RateLimiter.Throttled exception) {
        return HttpResponse.<Problem>status(HttpStatus.TOO_MANY_REQUESTS)
                .body(Problem.of(exception))
                .contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", String.valueOf(exception.retryAfter().toSeconds()));
    }
}
