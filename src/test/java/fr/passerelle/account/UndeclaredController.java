package fr.passerelle.account;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;

import java.util.Map;

/** A test-only API route that says nothing about who may call it: security must close it. */
@Requires(env = "test")
@Controller(UndeclaredController.PATH)
class UndeclaredController {

    static final String PATH = "/api/v1/test-undeclared";

    @Post
    Map<String, Object> echo(@Body Map<String, Object> body) {
        return body;
    }
}
