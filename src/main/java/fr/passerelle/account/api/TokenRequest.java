package fr.passerelle.account.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of POST /api/v1/auth/token. */
@Serdeable
record TokenRequest(@Nullable String username, @Nullable String password) {
    @Override
    public String toString() {
        return "TokenRequest[username=" + username + "]";
    }
}
