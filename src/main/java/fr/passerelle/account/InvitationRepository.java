package fr.passerelle.account;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Invitations, looked up by the hash of their token; runs inside the caller's transaction. */
@Singleton
class InvitationRepository {

    private final JdbcOperations jdbc;

    InvitationRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String tokenHash, String email, String structureId, MembershipRole role, long invitedBy,
                Instant createdAt, Instant expiresAt) {
        return jdbc.prepareStatement("""
                insert into invitation (token_hash, email, structure_id, role, invited_by, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""", ps -> {
            ps.setString(1, tokenHash);
            ps.setString(2, email);
            ps.setString(3, structureId);
            ps.setString(4, role.code());
            ps.setLong(5, invitedBy);
            ps.setTimestamp(6, Timestamp.from(createdAt));
            ps.setTimestamp(7, Timestamp.from(expiresAt));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Locks the row: two clicks on one link cannot both use it. */
    Optional<Invitation> findForUpdate(String tokenHash) {
        return jdbc.prepareStatement("""
                select id, email, structure_id, role, expires_at, accepted_at from invitation
                where token_hash = ? for update""", ps -> {
            ps.setString(1, tokenHash);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<Invitation>empty();
                }
                Timestamp accepted = rs.getTimestamp("accepted_at");
                return Optional.of(new Invitation(rs.getLong("id"), rs.getString("email"),
                        rs.getString("structure_id"), MembershipRole.ofCode(rs.getString("role")),
                        rs.getTimestamp("expires_at").toInstant(), accepted == null ? null : accepted.toInstant()));
            }
        });
    }

    void markAccepted(long invitationId, long accountId, Instant at) {
        jdbc.prepareStatement("update invitation set accepted_at = ?, accepted_by = ? where id = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setLong(2, accountId);
            ps.setLong(3, invitationId);
            return ps.executeUpdate();
        });
    }
}
