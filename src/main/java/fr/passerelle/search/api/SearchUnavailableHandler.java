package fr.passerelle.search.api;

import fr.passerelle.shared.web.Problem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/** The search backend failed (down, timeout): 503, the catalogue itself stays available. */
@Singleton
@Produces
class SearchUnavailableHandler implements ExceptionHandler<SearchException, HttpResponse<Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(SearchUnavailableHandler.class);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, SearchException exception) {
        LOG.warn("Search failed for {}: {}", request.getPath(), exception.getMessage());
        return HttpResponse.<Problem>status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(new Problem("about:blank", "Recherche indisponible", 503,
                        "La recherche est momentanément indisponible. Réessayez dans quelques instants.", List.of()))
                .contentType(Problem.MEDIA_TYPE);
    }
}
