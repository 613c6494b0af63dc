package fr.passerelle.search.api;

import fr.passerelle.search.IndexRebuilder;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * Rebuilds the search index from PostgreSQL on demand; answers when done.
 * NOT PROTECTED YET: security comes with the accounts issue. Until then the route exists only
 * while {@code passerelle.admin.reindex-enabled} is true (default); set it to false in any
 * deployment reachable by the public.
 */
@Controller("/api/v1/admin/reindex")
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
