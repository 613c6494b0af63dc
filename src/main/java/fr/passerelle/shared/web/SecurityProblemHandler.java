package fr.passerelle.shared.web;

import fr.passerelle.shared.DomainException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Refusals of the security filter (no token, bad token, role not allowed) leave as problems
 * with French messages, like every other refusal; no redirect, this is an API.
 */
@Singleton
@Produces
@Replaces(DefaultAuthorizationExceptionHandler.class)
class SecurityProblemHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden()) {
            return ProblemHandlers.respond(new DomainException(DomainException.Kind.FORBIDDEN,
                    "Votre compte ne donne pas accès à cette ressource."));
        }
        return ProblemHandlers.respond(new DomainException(DomainException.Kind.UNAUTHORIZED,
                        "Connectez-vous pour accéder à cette ressource (jeton absent, invalide ou expiré)."))
                .header("WWW-Authenticate", "Bearer");
    }
}
