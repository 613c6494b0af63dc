package fr.passerelle.orientation;

import fr.passerelle.account.Role;
import fr.passerelle.shared.Coded;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Orientations and their events; runs inside the caller's transaction. */
@Singleton
class OrientationRepository {

    private static final String COLUMNS = """
            id, beneficiary_id, offer_id, offer_name, structure_id, requested_by, requester_role, session_id, waiting_list,
            message, availability, consent_at, status, status_since, transmitted_at, refusal_reason, outcome,
            created_at""";

    private final JdbcOperations jdbc;

    OrientationRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Orientation o) {
        jdbc.prepareStatement("insert into orientation (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ps -> {
                    ps.setObject(1, o.id());
                    setLong(ps, 2, o.beneficiaryId());
                    ps.setString(3, o.offerId());
                    ps.setString(4, o.offerName());
                    ps.setString(5, o.structureId());
                    setLong(ps, 6, o.requestedBy());
                    ps.setString(7, o.requesterRole().name());
                    setLong(ps, 8, o.sessionId());
                    ps.setBoolean(9, o.waitingList());
                    ps.setString(10, o.message());
                    ps.setString(11, o.availability());
                    ps.setTimestamp(12, Timestamp.from(o.consentAt()));
                    ps.setString(13, o.status().code());
                    ps.setTimestamp(14, Timestamp.from(o.statusSince()));
                    ps.setTimestamp(15, o.transmittedAt() == null ? null : Timestamp.from(o.transmittedAt()));
                    ps.setString(16, o.refusalReason() == null ? null : o.refusalReason().code());
                    ps.setString(17, o.outcome() == null ? null : o.outcome().code());
                    ps.setTimestamp(18, Timestamp.from(o.createdAt()));
                    return ps.executeUpdate();
                });
    }

    /** Writes what a status change may change. */
    void updateState(Orientation o) {
        jdbc.prepareStatement("""
                update orientation set status = ?, status_since = ?, transmitted_at = ?, refusal_reason = ?,
                       outcome = ?, session_id = ? where id = ?""", ps -> {
            ps.setString(1, o.status().code());
            ps.setTimestamp(2, Timestamp.from(o.statusSince()));
            ps.setTimestamp(3, o.transmittedAt() == null ? null : Timestamp.from(o.transmittedAt()));
            ps.setString(4, o.refusalReason() == null ? null : o.refusalReason().code());
            ps.setString(5, o.outcome() == null ? null : o.outcome().code());
            setLong(ps, 6, o.sessionId());
            ps.setObject(7, o.id());
            return ps.executeUpdate();
        });
    }

    Optional<Orientation> find(UUID id) {
        return jdbc.prepareStatement("select " + COLUMNS + " from orientation where id = ?", ps -> {
            ps.setObject(1, id);
            return list(ps).stream().findFirst();
        });
    }

    /** The row, locked until the end of the transaction: concurrent moves of one request queue up. */
    Optional<Orientation> lock(UUID id) {
        return jdbc.prepareStatement("select " + COLUMNS + " from orientation where id = ? for update", ps -> {
            ps.setObject(1, id);
            return list(ps).stream().findFirst();
        });
    }

    List<Orientation> ofBeneficiaries(Collection<Long> beneficiaryIds) {
        if (beneficiaryIds.isEmpty()) {
            return List.of();
        }
        return jdbc.prepareStatement("select " + COLUMNS
                + " from orientation where beneficiary_id = any(?) order by created_at desc, id", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("bigint", beneficiaryIds.toArray()));
            return list(ps);
        });
    }

    /** What reached these structures (from TRANSMISE on). */
    List<Orientation> transmittedTo(Collection<String> structureIds) {
        if (structureIds.isEmpty()) {
            return List.of();
        }
        return jdbc.prepareStatement("select " + COLUMNS + " from orientation where structure_id = any(?)"
                + " and transmitted_at is not null order by transmitted_at desc, id", ps -> {
            ps.setArray(1, ps.getConnection().createArrayOf("text", structureIds.toArray()));
            return list(ps);
        });
    }

    boolean hasOpen(long beneficiaryId, String offerId, Collection<OrientationStatus> finals) {
        return jdbc.prepareStatement("""
                select exists(select 1 from orientation where beneficiary_id = ? and offer_id = ?
                              and status <> all(?))""", ps -> {
            ps.setLong(1, beneficiaryId);
            ps.setString(2, offerId);
            ps.setArray(3, ps.getConnection().createArrayOf("text", finals.stream().map(Enum::name).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        });
    }

    /** Requests in that status since before that instant (the scheduled jobs). */
    List<Orientation> inStatusSince(OrientationStatus status, Instant before, boolean notRemindedOnly) {
        return jdbc.prepareStatement("select " + COLUMNS + " from orientation where status = ? and status_since < ?"
                + (notRemindedOnly ? " and reminded_at is null" : "") + " order by status_since, id", ps -> {
            ps.setString(1, status.code());
            ps.setTimestamp(2, Timestamp.from(before));
            return list(ps);
        });
    }

    void markReminded(UUID id, Instant at) {
        jdbc.prepareStatement("update orientation set reminded_at = ? where id = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setObject(2, id);
            return ps.executeUpdate();
        });
    }

    void insertEvent(UUID orientationId, OrientationEvent e) {
        jdbc.prepareStatement("""
                insert into orientation_event (orientation_id, from_status, to_status, actor_id, actor_role, reason, at)
                values (?, ?, ?, ?, ?, ?, ?)""", ps -> {
            ps.setObject(1, orientationId);
            ps.setString(2, e.from() == null ? null : e.from().code());
            ps.setString(3, e.to().code());
            setLong(ps, 4, e.actorId());
            ps.setString(5, e.actorRole());
            ps.setString(6, e.reason());
            ps.setTimestamp(7, Timestamp.from(e.at()));
            return ps.executeUpdate();
        });
    }

    List<OrientationEvent> events(UUID orientationId) {
        return jdbc.prepareStatement("""
                select from_status, to_status, actor_id, actor_role, reason, at from orientation_event
                where orientation_id = ? order by id""", ps -> {
            ps.setObject(1, orientationId);
            List<OrientationEvent> events = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String from = rs.getString(1);
                    long actor = rs.getLong(3);
                    Long actorId = rs.wasNull() ? null : actor;
                    events.add(new OrientationEvent(from == null ? null : OrientationStatus.valueOf(from),
                            OrientationStatus.valueOf(rs.getString(2)), actorId, rs.getString(4), rs.getString(5),
                            rs.getTimestamp(6).toInstant()));
                }
            }
            return events;
        });
    }

    /**
     * Removes what identifies the people of ended requests last changed before {@code before}
     * (or of one beneficiary's requests): keeps offer, structure, statuses, dates and reasons
     * for the statistics. Returns how many requests were anonymised.
     */
    int anonymiseEndedBefore(Instant before, Collection<OrientationStatus> finals, Instant now) {
        return anonymise("status = any(?) and status_since < ?", ps -> {
            ps.setArray(2, ps.getConnection().createArrayOf("text", finals.stream().map(Enum::name).toArray()));
            ps.setTimestamp(3, Timestamp.from(before));
        }, now);
    }

    int anonymiseOfBeneficiary(long beneficiaryId, Instant now) {
        return anonymise("beneficiary_id = ?", ps -> ps.setLong(2, beneficiaryId), now);
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private int anonymise(String where, Binder binder, Instant now) {
        List<UUID> ids = jdbc.prepareStatement("""
                update orientation set beneficiary_id = null, requested_by = null, message = null, availability = null,
                       anonymised_at = ? where anonymised_at is null""" + " and " + where + " returning id", ps -> {
            ps.setTimestamp(1, Timestamp.from(now));
            binder.bind(ps);
            List<UUID> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getObject(1, UUID.class));
                }
            }
            return found;
        });
        if (!ids.isEmpty()) {
            jdbc.prepareStatement("update orientation_event set actor_id = null, reason = case when to_status in"
                    + " ('REFUSEE', 'TERMINEE') then reason else null end where orientation_id = any(?)", ps -> {
                ps.setArray(1, ps.getConnection().createArrayOf("uuid", ids.toArray()));
                return ps.executeUpdate();
            });
            jdbc.prepareStatement("delete from notification where orientation_id = any(?)", ps -> {
                ps.setArray(1, ps.getConnection().createArrayOf("uuid", ids.toArray()));
                return ps.executeUpdate();
            });
        }
        return ids.size();
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static List<Orientation> list(PreparedStatement ps) throws SQLException {
        List<Orientation> found = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                found.add(new Orientation(rs.getObject("id", UUID.class), nullableLong(rs, "beneficiary_id"),
                        rs.getString("offer_id"), rs.getString("offer_name"), rs.getString("structure_id"), nullableLong(rs, "requested_by"),
                        Role.valueOf(rs.getString("requester_role")), nullableLong(rs, "session_id"),
                        rs.getBoolean("waiting_list"), rs.getString("message"), rs.getString("availability"),
                        rs.getTimestamp("consent_at").toInstant(), OrientationStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("status_since").toInstant(), instant(rs, "transmitted_at"),
                        code(RefusalReason.class, rs.getString("refusal_reason")),
                        code(Outcome.class, rs.getString("outcome")), rs.getTimestamp("created_at").toInstant()));
            }
        }
        return found;
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, String code) {
        return code == null ? null : Coded.find(type, code).orElse(null);
    }
}
