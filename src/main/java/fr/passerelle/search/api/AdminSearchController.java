package fr.passerelle.search.api;

import fr.passerelle.search.IndexRebuilder;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

/**
 * Rebuilds the search index from PostgreSQL on demand; answers when done. Administrators only
 * (role code of the account room's tokens); {@code passerelle.admin.reindex-enabled=false}
 * still removes the route altogether.
 */
@Controller("/api/v1/admin/reindex")
@Secured("ADMINISTRATEUR")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = "passerelle.admin.reindex-enabled", notEquals = "false")
class AdminSearchController {

    private final IndexRebuilder rebuilder;

    AdminSearchController(IndexRebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    @Post
    IndexRebuilder.Result reindex() {
        return rebuilder.rebuild("asked through /api/v1/admin/reindex");
    }
}
