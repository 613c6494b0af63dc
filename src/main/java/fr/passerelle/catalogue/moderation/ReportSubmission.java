package fr.passerelle.catalogue.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What a visitor sends with « Signaler une erreur ». {@code website} is the honeypot: a field
 * people never see, so only robots fill it.
 */
@Serdeable
public record ReportSubmission(@Nullable String message, @Nullable String email, @Nullable String website) {

    /** Without the message and the e-mail: this may end up in a log. */
    @Override
    public String toString() {
        return "ReportSubmission[message=" + (message == null ? 0 : message.length()) + " chars, email="
                + (email == null || email.isBlank() ? "no" : "yes") + "]";
    }

    boolean isFromARobot() {
        return website != null && !website.isBlank();
    }
}
