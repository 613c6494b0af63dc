package fr.passerelle.account;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/** A pending or used invitation to join a structure; the token itself is never stored. */
record Invitation(long id, String email, String structureId, MembershipRole role, Instant expiresAt,
                  @Nullable Instant acceptedAt) {

    @Override
    public String toString() {
        return "Invitation[id=" + id + ", structureId=" + structureId + "]";
    }
}
