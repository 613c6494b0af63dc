package fr.passerelle.shared.web;

import fr.passerelle.shared.DomainException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.UnsatisfiedArgumentHandler;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;

import java.util.List;

/** Every refusal leaves the API as application/problem+json with a French message. */
// FieldError lives in shared (no framework there): without this import, encoding a problem that
// lists field errors fails with a 500. Not on Problem itself: @SerdeImport there replaces its own introspection.
@SerdeImport(DomainException.FieldError.class)
public final class ProblemHandlers {

    private ProblemHandlers() {
    }

    static MutableHttpResponse<Problem> respond(DomainException e) {
        return HttpResponse.<Problem>status(HttpStatus.valueOf(e.kind().status()))
                .body(Problem.of(e))
                .contentType(Problem.MEDIA_TYPE);
    }

    @Singleton
    @Produces
    static class DomainProblemHandler implements ExceptionHandler<DomainException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, DomainException exception) {
            return respond(exception);
        }
    }

    @Singleton
    @Produces
    @Replaces(ConversionErrorHandler.class)
    static class BadParameterHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException exception) {
            String name = exception.getArgument().getName();
            return respond(DomainException.badParameter(name,
                    "La valeur du paramètre « " + name + " » n'est pas valide."));
        }
    }

    @Singleton
    @Produces
    @Replaces(UnsatisfiedArgumentHandler.class)
    static class MissingParameterHandler implements ExceptionHandler<UnsatisfiedRouteException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, UnsatisfiedRouteException exception) {
            String name = exception.getArgument().getName();
            return respond(new DomainException(DomainException.Kind.BAD_REQUEST,
                    "Le paramètre « " + name + " » est obligatoire.",
                    List.of(new DomainException.FieldError(name, "Obligatoire"))));
        }
    }
}
