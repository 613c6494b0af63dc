package fr.passerelle.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Bearer tokens for the API: subject = username, {@code roles} = [role], {@code account_id}. */
@Singleton
public class AccessTokens {

    /** A signed token and its lifetime in seconds. */
    public record AccessToken(String value, long expiresIn) {
        @Override
        public String toString() {
            return "AccessToken[expiresIn=" + expiresIn + "]";
        }
    }

    private final TokenGenerator generator;
    private final Duration lifetime;

    AccessTokens(TokenGenerator generator, @Value("${passerelle.security.token-lifetime:1h}") Duration lifetime) {
        this.generator = generator;
        this.lifetime = lifetime;
    }

    public AccessToken issue(AccountRef who) {
        Authentication authentication = Authentication.build(who.username(), List.of(who.role().name()),
                Map.of(AccountRef.ID_CLAIM, who.id()));
        String token = generator.generateToken(authentication, (int) lifetime.toSeconds())
                .orElseThrow(() -> new IllegalStateException("The token generator produced no token"));
        return new AccessToken(token, lifetime.toSeconds());
    }
}
