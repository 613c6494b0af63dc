package fr.passerelle.account;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A stored account. Stays inside the account room: the e-mail and the password hash are
 * personal or secret and must never reach a public answer or a log line.
 */
record Account(long id, String username, String email, String displayName, String passwordHash, Role role,
               @Nullable Long referentOrganisationId, Instant createdAt, boolean disabled) {

    AccountRef ref() {
        return new AccountRef(id, username, role);
    }

    /** Never prints the e-mail or the hash, should an account end up in a log message. */
    @Override
    public String toString() {
        return "Account[id=" + id + ", username=" + username + ", role=" + role + ", disabled=" + disabled + "]";
    }
}
