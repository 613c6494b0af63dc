package fr.passerelle.shared.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.passerelle.shared.DomainException;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** RFC 9457 problem details, with the French words the user reads. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail,
                      List<DomainException.FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(DomainException e) {
        return new Problem("about:blank", e.kind().title(), e.kind().status(), e.getMessage(), e.errors());
    }
}
