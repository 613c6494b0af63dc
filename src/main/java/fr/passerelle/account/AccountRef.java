package fr.passerelle.account;

import fr.passerelle.shared.DomainException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

import java.util.Optional;

/**
 * Who acts, as other rooms see it: pass it to {@link AccountService} to ask for a permission.
 * Built from a verified bearer token. The role here is the one the token was issued with;
 * permission checks read the current role and state from the database.
 */
public record AccountRef(long id, String username, Role role) {

    /** Claim holding the account id in our tokens; {@code sub} holds the username. */
    public static final String ID_CLAIM = "account_id";

    /** The caller of an endpoint; refuses visitors with a 401. */
    public static AccountRef of(@Nullable Authentication authentication) {
        return optional(authentication).orElseThrow(() -> new DomainException(DomainException.Kind.UNAUTHORIZED,
                "Connectez-vous pour effectuer cette action."));
    }

    /** Empty for a visitor (no token, or a token that does not describe one of our accounts). */
    public static Optional<AccountRef> optional(@Nullable Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        Object id = authentication.getAttributes().get(ID_CLAIM);
        Optional<Role> role = authentication.getRoles().stream().map(Role::ofCode)
                .flatMap(Optional::stream).findFirst();
        if (!(id instanceof Number number) || role.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AccountRef(number.longValue(), authentication.getName(), role.get()));
    }
}
