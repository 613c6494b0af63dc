package fr.passerelle.geo.api;

import fr.passerelle.geo.Gazetteer;
import fr.passerelle.shared.DomainException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** Communes and départements, for autocompletion and filters. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
class GeoController {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;

    private final Gazetteer gazetteer;

    GeoController(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Get("/communes")
    CommuneResponse.Page search(@QueryValue @Nullable String q, @QueryValue @Nullable Integer limit) {
        if (q == null || q.isBlank()) {
            throw DomainException.badParameter("q",
                    "Indiquez un nom de commune ou un code postal dans le paramètre « q ».");
        }
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw DomainException.badParameter("limit",
                    "Le paramètre « limit » doit être compris entre 1 et " + MAX_LIMIT + ".");
        }
        return new CommuneResponse.Page(gazetteer.search(q, size).stream()
                .map(commune -> CommuneResponse.of(commune, gazetteer)).toList());
    }

    @Get("/communes/{code}")
    CommuneResponse commune(String code) {
        return gazetteer.commune(code)
                .map(commune -> CommuneResponse.of(commune, gazetteer))
                .orElseThrow(() -> DomainException.notFound("La commune", code));
    }

    @Get("/departements")
    DepartementResponse.Page departements() {
        return new DepartementResponse.Page(gazetteer.departements().stream()
                .map(departement -> DepartementResponse.of(departement, gazetteer)).toList());
    }
}
