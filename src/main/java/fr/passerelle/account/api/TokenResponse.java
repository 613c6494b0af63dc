package fr.passerelle.account.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/** RFC 6749 §5.1 shape, so OAuth-minded clients read it without help. */
@Serdeable
record TokenResponse(@JsonProperty("access_token") String accessToken,
                     @JsonProperty("token_type") String tokenType,
                     @JsonProperty("expires_in") long expiresIn) {
}
