package fr.passerelle.catalogue.moderation;

import fr.passerelle.shared.Sql;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reported errors in PostgreSQL; runs inside the caller's transaction. */
@Singleton
class OfferReportRepository {

    private static final String SELECT = """
            select r.id, r.offer_id, o.nom as offer_nom, o.structure_id, s.nom as structure_nom, r.message,
                   r.reporter_email, r.status, r.created_at, r.closed_at, r.closed_by, r.closing_note
            from offer_report r join offer o on o.id = r.offer_id join structure s on s.id = o.structure_id""";

    private final JdbcOperations jdbc;

    OfferReportRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String offerId, String message, @Nullable String email) {
        return jdbc.prepareStatement("""
                insert into offer_report (offer_id, message, reporter_email) values (?, ?, ?) returning id""", ps -> {
            ps.setString(1, offerId);
            ps.setString(2, message);
            ps.setString(3, email);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    Optional<OfferReport> findById(long id) {
        return jdbc.prepareStatement(SELECT + " where r.id = ?", ps -> {
            ps.setLong(1, id);
            return list(ps).stream().findFirst();
        });
    }

    /** Open reports first, newest first. */
    List<OfferReport> ofStructure(String structureId) {
        return jdbc.prepareStatement(SELECT + " where o.structure_id = ?"
                + " order by (r.status = 'ouvert') desc, r.created_at desc, r.id desc", ps -> {
            ps.setString(1, structureId);
            return list(ps);
        });
    }

    /**
     * Open reports on offers of structures in the given départements ({@code null}: everywhere),
     * oldest first: the queue works through them in order.
     */
    List<OfferReport> open(@Nullable Collection<String> departements, int limit) {
        return jdbc.prepareStatement(SELECT + " where r.status = 'ouvert'" + ModerationScope.of(departements, "s")
                + " order by r.created_at, r.id limit ?", ps -> {
            int next = ModerationScope.bind(ps, 1, departements);
            ps.setInt(next, limit);
            return list(ps);
        });
    }

    long countOpen(@Nullable Collection<String> departements) {
        return jdbc.prepareStatement("select count(*) from offer_report r join offer o on o.id = r.offer_id"
                + " join structure s on s.id = o.structure_id where r.status = 'ouvert'"
                + ModerationScope.of(departements, "s"), ps -> {
            ModerationScope.bind(ps, 1, departements);
            return ModerationScope.count(ps);
        });
    }

    boolean close(long id, ReportStatus status, @Nullable String note, String closedBy) {
        return jdbc.prepareStatement("""
                update offer_report set status = ?, closing_note = ?, closed_by = ?, closed_at = now()
                where id = ? and status = 'ouvert'""", ps -> {
            ps.setString(1, status.code());
            ps.setString(2, note);
            ps.setString(3, closedBy);
            ps.setLong(4, id);
            return ps.executeUpdate() == 1;
        });
    }

    private static List<OfferReport> list(PreparedStatement ps) throws SQLException {
        List<OfferReport> reports = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Timestamp closedAt = rs.getTimestamp("closed_at");
                reports.add(new OfferReport(rs.getLong("id"), rs.getString("offer_id"), rs.getString("offer_nom"),
                        rs.getString("structure_id"), rs.getString("structure_nom"), rs.getString("message"),
                        rs.getString("reporter_email"), ReportStatus.ofCode(rs.getString("status")),
                        rs.getTimestamp("created_at").toInstant(), closedAt == null ? null : closedAt.toInstant(),
                        rs.getString("closed_by"), rs.getString("closing_note")));
            }
        }
        return reports;
    }
}
