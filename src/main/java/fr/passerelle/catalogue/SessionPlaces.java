package fr.passerelle.catalogue;

import fr.passerelle.shared.Sql;
import fr.passerelle.shared.outbox.Outbox;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Places of offer sessions, taken when a structure accepts an orientation. Runs inside the
 * caller's transaction. A place is taken by one conditional UPDATE ({@code places_left > 0}):
 * two acceptances for the last place cannot both win, whatever their timing; the loser's
 * transaction sees 0 rows updated. Sessions without a count ({@code places_left} null) never run out.
 */
@Singleton
public class SessionPlaces {

    private final JdbcOperations jdbc;
    private final Outbox outbox;

    SessionPlaces(JdbcOperations jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    /** The session of that offer, if it is one of its sessions. */
    public Optional<OfferSession> session(String offerId, long sessionId) {
        return jdbc.prepareStatement("""
                select id, label, starts_on, ends_on, capacity, places_left, waiting_list
                from offer_session where id = ? and offer_id = ?""", ps -> {
            ps.setLong(1, sessionId);
            ps.setString(2, offerId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                int capacity = rs.getInt("capacity");
                Integer cap = rs.wasNull() ? null : capacity;
                int left = rs.getInt("places_left");
                Integer placesLeft = rs.wasNull() ? null : left;
                java.sql.Date ends = rs.getDate("ends_on");
                return Optional.of(new OfferSession(rs.getLong("id"), rs.getString("label"),
                        rs.getDate("starts_on").toLocalDate(), ends == null ? null : ends.toLocalDate(), cap,
                        placesLeft, rs.getBoolean("waiting_list")));
            }
        });
    }

    /** Takes one place of that session; false when it has none left. */
    public boolean take(String offerId, long sessionId) {
        int updated = jdbc.prepareStatement("""
                update offer_session set places_left = case when places_left is null then null else places_left - 1 end
                where id = ? and offer_id = ? and (places_left is null or places_left > 0)""", ps -> {
            ps.setLong(1, sessionId);
            ps.setString(2, offerId);
            return ps.executeUpdate();
        });
        if (updated == 1) {
            outbox.record(Outbox.OFFER, offerId); // "has places" is a search facet
        }
        return updated == 1;
    }

    /** Gives back a place taken by an acceptance that did not go ahead (never above the capacity). */
    public void release(String offerId, long sessionId) {
        int updated = jdbc.prepareStatement("""
                update offer_session set places_left = places_left + 1
                where id = ? and offer_id = ? and places_left is not null and (capacity is null or places_left < capacity)""",
                ps -> {
                    ps.setLong(1, sessionId);
                    ps.setString(2, offerId);
                    return ps.executeUpdate();
                });
        if (updated == 1) {
            outbox.record(Outbox.OFFER, offerId);
        }
    }

    /**
     * Takes a place in the offer's earliest session not yet started that has places left. Not ok
     * when the offer has upcoming sessions and all are full; ok without a session id when the offer
     * has no upcoming session (nothing to count).
     */
    public TakeOutcome takeInNextSession(String offerId, LocalDate today) {
        return jdbc.prepareStatement("""
                with candidate as (
                    select id from offer_session
                    where offer_id = ? and starts_on >= ? and (places_left is null or places_left > 0)
                    order by starts_on, id limit 1 for update skip locked)
                update offer_session s set places_left = case when s.places_left is null then null else s.places_left - 1 end
                from candidate c where s.id = c.id and (s.places_left is null or s.places_left > 0)
                returning s.id""", ps -> {
            ps.setString(1, offerId);
            Sql.setDate(ps, 2, today);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    outbox.record(Outbox.OFFER, offerId);
                    return new TakeOutcome(rs.getLong(1), true);
                }
            }
            boolean hasUpcoming = jdbc.prepareStatement(
                    "select exists(select 1 from offer_session where offer_id = ? and starts_on >= ?)", ps2 -> {
                        ps2.setString(1, offerId);
                        Sql.setDate(ps2, 2, today);
                        try (ResultSet rs = ps2.executeQuery()) {
                            rs.next();
                            return rs.getBoolean(1);
                        }
                    });
            return new TakeOutcome(null, !hasUpcoming);
        });
    }

    /** {@code sessionId} where a place was taken; {@code ok} false when every upcoming session is full. */
    public record TakeOutcome(@io.micronaut.core.annotation.Nullable Long sessionId, boolean ok) {
    }
}
