package fr.passerelle.interop.dedup;

import fr.passerelle.shared.Coded;
import fr.passerelle.shared.Sql;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The room's tables (V72) and the catalogue columns the detector reads. Callers hold the transaction. */
@Singleton
class DuplicateRepository {

    /** Public: published, of a validated structure (twin of OfferRepository.OF_VALIDATED_STRUCTURE). */
    static final String PUBLIC_OFFER = "o.status = 'publiee' and s.moderation_status = 'validee'";

    /** What a cluster member looks like to admins and to the mentions. */
    record Listing(String offerId, String representativeId, String nom, String source, String structure,
                   String commune, boolean isPublic, Set<DuplicateReason> reasons) {
    }

    record Stored(String representativeId, Set<DuplicateReason> reasons) {
    }

    private final JdbcOperations jdbc;

    DuplicateRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** One detection at a time, across every node sharing the database (released at commit). */
    void lock() {
        jdbc.prepareStatement("select pg_advisory_xact_lock(hashtext('passerelle-duplicates'))", ps -> {
            ps.executeQuery().close();
            return null;
        });
    }

    List<CatalogueEntry> liveEntries() {
        return jdbc.prepareStatement("""
                select o.id, o.source, s.siret, o.code_insee, o.nom, o.latitude, o.longitude, o.point_approximate,
                       o.telephone, o.date_maj, (%s) as public
                from offer o join structure s on s.id = o.structure_id
                where o.status <> 'archivee'""".formatted(PUBLIC_OFFER), ps -> {
            ps.setFetchSize(5000);
            List<CatalogueEntry> entries = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new CatalogueEntry(rs.getString("id"), rs.getString("source"), rs.getString("siret"),
                            rs.getString("code_insee"), rs.getString("nom"), Sql.nullableDouble(rs, "latitude"),
                            Sql.nullableDouble(rs, "longitude"), !rs.getBoolean("point_approximate"),
                            rs.getString("telephone"), Sql.date(rs, "date_maj"), rs.getBoolean("public")));
                }
            }
            return entries;
        });
    }

    List<Decision> decisions() {
        return jdbc.prepareStatement("select offer_id, other_id, together from duplicate_decision", ps -> {
            List<Decision> decisions = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    decisions.add(new Decision(rs.getString(1), rs.getString(2), rs.getBoolean(3)));
                }
            }
            return decisions;
        });
    }

    Map<String, Instant> choices() {
        return jdbc.prepareStatement("select offer_id, chosen_at from duplicate_choice", ps -> {
            Map<String, Instant> choices = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    choices.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                }
            }
            return choices;
        });
    }

    Map<String, Stored> stored() {
        return jdbc.prepareStatement("select offer_id, representative_id, reasons from duplicate_member", ps -> {
            Map<String, Stored> stored = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), new Stored(rs.getString(2), reasons(rs)));
                }
            }
            return stored;
        });
    }

    void deleteMembers(Collection<String> offerIds) {
        jdbc.prepareStatement("delete from duplicate_member where offer_id = any(?)", ps -> {
            Sql.setTextArray(ps, 1, offerIds);
            return ps.executeUpdate();
        });
    }

    void saveMembers(Map<String, Stored> rows) {
        jdbc.prepareStatement("""
                insert into duplicate_member (offer_id, representative_id, reasons) values (?, ?, ?)
                on conflict (offer_id) do update set representative_id = excluded.representative_id,
                                                     reasons = excluded.reasons""", ps -> {
            for (Map.Entry<String, Stored> row : rows.entrySet()) {
                ps.setString(1, row.getKey());
                ps.setString(2, row.getValue().representativeId());
                Sql.setTextArray(ps, 3, row.getValue().reasons().stream().map(DuplicateReason::code).sorted().toList());
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    Optional<String> representativeOf(String offerId) {
        return jdbc.prepareStatement("select representative_id from duplicate_member where offer_id = ?", ps -> {
            ps.setString(1, offerId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
        });
    }

    /** The offers of the cluster {@code offerId} belongs to; just itself when in none. */
    List<String> clusterOf(String offerId) {
        return jdbc.prepareStatement("""
                select offer_id from duplicate_member
                where representative_id = (select representative_id from duplicate_member where offer_id = ?)
                order by offer_id""", ps -> {
            ps.setString(1, offerId);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids.isEmpty() ? List.of(offerId) : ids;
        });
    }

    /** null when the offer does not exist; its status otherwise. */
    Optional<String> offerStatus(String offerId) {
        return jdbc.prepareStatement("select status from offer where id = ?", ps -> {
            ps.setString(1, offerId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
        });
    }

    void saveDecision(Decision decision, String who) {
        jdbc.prepareStatement("""
                insert into duplicate_decision (offer_id, other_id, together, decided_by) values (?, ?, ?, ?)
                on conflict (offer_id, other_id) do update set together = excluded.together,
                    decided_by = excluded.decided_by, decided_at = now()""", ps -> {
            ps.setString(1, decision.offerId());
            ps.setString(2, decision.otherId());
            ps.setBoolean(3, decision.together());
            ps.setString(4, who);
            return ps.executeUpdate();
        });
    }

    /** Forgets the words of one kind between two sets of offers (a newer, opposite word replaces them). */
    void deleteDecisionsBetween(Collection<String> left, Collection<String> right, boolean together) {
        jdbc.prepareStatement("""
                delete from duplicate_decision where together = ?
                  and ((offer_id = any(?) and other_id = any(?)) or (offer_id = any(?) and other_id = any(?)))""",
                ps -> {
                    ps.setBoolean(1, together);
                    Sql.setTextArray(ps, 2, left);
                    Sql.setTextArray(ps, 3, right);
                    Sql.setTextArray(ps, 4, right);
                    Sql.setTextArray(ps, 5, left);
                    return ps.executeUpdate();
                });
    }

    void deleteChoices(Collection<String> offerIds) {
        jdbc.prepareStatement("delete from duplicate_choice where offer_id = any(?)", ps -> {
            Sql.setTextArray(ps, 1, offerIds);
            return ps.executeUpdate();
        });
    }

    void choose(String offerId, String who) {
        jdbc.prepareStatement("""
                insert into duplicate_choice (offer_id, chosen_by) values (?, ?)
                on conflict (offer_id) do update set chosen_by = excluded.chosen_by, chosen_at = now()""", ps -> {
            ps.setString(1, offerId);
            ps.setString(2, who);
            return ps.executeUpdate();
        });
    }

    long countClusters() {
        return jdbc.prepareStatement("select count(distinct representative_id) from duplicate_member", ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** A page of clusters, by representative id: every member, the representative first. */
    List<Listing> clusterPage(int offset, int limit) {
        return listings("""
                m.representative_id in (select distinct representative_id from duplicate_member
                                        order by representative_id offset ? limit ?)""", ps -> {
            ps.setInt(1, offset);
            ps.setInt(2, limit);
        });
    }

    /** The clusters of these offers, every member. */
    List<Listing> clustersOf(Collection<String> offerIds) {
        return listings("""
                m.representative_id in (select representative_id from duplicate_member where offer_id = any(?))""",
                ps -> Sql.setTextArray(ps, 1, offerIds));
    }

    /** Among these offers, those another offer of their cluster stands for in search. */
    Set<String> hiddenAmong(Collection<String> offerIds) {
        return jdbc.prepareStatement("""
                select offer_id from duplicate_member where offer_id = any(?) and offer_id <> representative_id""",
                ps -> {
                    Sql.setTextArray(ps, 1, offerIds);
                    Set<String> hidden = new HashSet<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            hidden.add(rs.getString(1));
                        }
                    }
                    return hidden;
                });
    }

    /** Public offers hidden behind their representative: the index holds that many fewer documents. */
    long countHiddenPublic() {
        return jdbc.prepareStatement("""
                select count(*) from duplicate_member m join offer o on o.id = m.offer_id
                join structure s on s.id = o.structure_id
                where m.offer_id <> m.representative_id and %s""".formatted(PUBLIC_OFFER), ps -> {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<Listing> listings(String condition, Binder binder) {
        return jdbc.prepareStatement("""
                select m.offer_id, m.representative_id, m.reasons, o.nom, o.source, s.nom as structure, o.commune,
                       (%s) as public
                from duplicate_member m join offer o on o.id = m.offer_id join structure s on s.id = o.structure_id
                where %s
                order by m.representative_id, m.offer_id <> m.representative_id, m.offer_id"""
                .formatted(PUBLIC_OFFER, condition), ps -> {
            binder.bind(ps);
            List<Listing> listings = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    listings.add(new Listing(rs.getString("offer_id"), rs.getString("representative_id"),
                            rs.getString("nom"), rs.getString("source"), rs.getString("structure"),
                            rs.getString("commune"), rs.getBoolean("public"), reasons(rs)));
                }
            }
            return listings;
        });
    }

    private static Set<DuplicateReason> reasons(ResultSet rs) throws SQLException {
        Set<DuplicateReason> reasons = EnumSet.noneOf(DuplicateReason.class);
        for (String code : Sql.textArray(rs, "reasons")) {
            Coded.find(DuplicateReason.class, code).ifPresent(reasons::add);
        }
        return reasons;
    }

    static Map<String, List<Listing>> byRepresentative(List<Listing> listings) {
        Map<String, List<Listing>> clusters = new LinkedHashMap<>();
        listings.forEach(l -> clusters.computeIfAbsent(l.representativeId(), k -> new ArrayList<>()).add(l));
        return clusters;
    }
}
