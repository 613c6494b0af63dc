package fr.passerelle.shared;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A refusal the user can understand: its message is French and shown as is
 * (problem detail in the API, notification in the UI).
 */
public class DomainException extends RuntimeException {

    public enum Kind {
        BAD_REQUEST(400, "Requête invalide"),
        UNAUTHORIZED(401, "Authentification requise"),
        FORBIDDEN(403, "Accès refusé"),
        NOT_FOUND(404, "Introuvable"),
        CONFLICT(409, "Conflit de modification"),
        GONE(410, "Lien expiré"),
        UNPROCESSABLE(422, "Données invalides"),
        TOO_MANY_REQUESTS(429, "Trop de tentatives");

        private final int status;
        private final String title;

        Kind(int status, String title) {
            this.status = status;
            this.title = title;
        }

        public int status() {
            return status;
        }

        public String title() {
            return title;
        }
    }

    /** A problem with one input field, named as the API names it. */
    @Serdeable
    public record FieldError(String champ, String message) {
    }

    private final Kind kind;
    private final List<FieldError> errors;

    public DomainException(Kind kind, String message) {
        this(kind, message, List.of());
    }

    public DomainException(Kind kind, String message, List<FieldError> errors) {
        super(message);
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    public static DomainException notFound(String what, String id) {
        return new DomainException(Kind.NOT_FOUND, what + " « " + id + " » est introuvable.");
    }

    public static DomainException badParameter(String parameter, String message) {
        return new DomainException(Kind.BAD_REQUEST, message, List.of(new FieldError(parameter, message)));
    }

    public Kind kind() {
        return kind;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
