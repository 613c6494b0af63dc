package fr.passerelle.catalogue;

import fr.passerelle.shared.Page;
import fr.passerelle.shared.PageRequest;
import fr.passerelle.shared.Sql;
import fr.passerelle.shared.SqlConditions;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Offers and their sessions in PostgreSQL. Hand-written SQL because an offer is mostly
 * PostgreSQL arrays and JSON blocks; runs inside the caller's transaction.
 */
@Singleton
public class OfferRepository {

    static final String COLUMNS = """
            id, source, structure_id, nom, description, type, thematiques, frais, frais_precisions, publics,
            publics_precisions, conditions_acces, adresse, complement_adresse, code_postal, code_insee, commune,
            latitude, longitude, telephone, courriel, contact_nom_prenom, modes_accueil, zone_eligibilite,
            modes_mobilisation, mobilisable_par, mobilisation_precisions, lien_mobilisation, lien_source,
            horaires_accueil, volume_horaire_hebdomadaire, nombre_semaines, date_maj, status, suspended_until,
            update_frequency_months, verified_on, verified_by, access_rule, access_publics, langues, siae,
            clause_sociale, version""";
    private static final int COLUMN_COUNT = COLUMNS.split(",").length;

    /**
     * Visitors see an offer when it is published and its structure was validated by its territory
     * manager. Twin rules: {@link OfferCatalogue#isPublic}, and the search loader, which indexes
     * only offers whose structure is in {@link StructureRepository#findValidatedNames}.
     */
    static final String OF_VALIDATED_STRUCTURE =
            "structure_id in (select id from structure where moderation_status = 'validee')";

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    public OfferRepository(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Offer> findById(String id) {
        List<Offer> found = findByIds(List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Offers with their sessions, in the order of the given ids; unknown ids are skipped. */
    public List<Offer> findByIds(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.execute(connection -> {
            Map<String, Offer> byId = new LinkedHashMap<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "select " + COLUMNS + " from offer where id = any(?)")) {
                Sql.setTextArray(ps, 1, ids);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Offer offer = map(rs);
                        byId.put(offer.id(), offer);
                    }
                }
            }
            Map<String, List<OfferSession>> sessions = sessionsOf(connection, byId.keySet());
            List<Offer> ordered = new ArrayList<>();
            for (String id : ids) {
                Offer offer = byId.get(id);
                if (offer != null) {
                    ordered.add(offer.withSessions(sessions.getOrDefault(id, List.of())));
                }
            }
            return ordered;
        });
    }

    /** A page of offers matching the filter, ordered by name then id so pages are stable. */
    public Page<Offer> findPage(OfferFilter filter, PageRequest page) {
        SqlConditions conditions = conditionsOf(filter);
        long total = jdbc.prepareStatement("select count(*) from offer o" + conditions.where(), ps -> {
            conditions.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        List<String> ids = jdbc.prepareStatement("select o.id from offer o" + conditions.where()
                + " order by o.nom, o.id limit ? offset ?", ps -> {
            int next = conditions.bind(ps);
            ps.setInt(next, page.size());
            ps.setInt(next + 1, page.offset());
            List<String> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        });
        return new Page<>(findByIds(ids), total, page.page(), page.size());
    }

    private static SqlConditions conditionsOf(OfferFilter f) {
        SqlConditions conditions = new SqlConditions()
                .anyOf("o.source", f.sources())
                .overlaps("o.thematiques", f.thematiques())
                .anyOf("o.frais", f.frais())
                .overlaps("o.publics", f.publics())
                .overlaps("o.modes_accueil", f.modesAccueil())
                .anyOf("o.type", f.types())
                .anyOf("o.status", f.statuses().stream().map(OfferStatus::code).toList())
                .equal("o.code_insee in (select code from commune where departement_code = ?)", f.codeDepartement())
                .equal("o.code_insee = ?", f.codeCommune())
                .equal("o.structure_id = ?", f.structureId())
                .equal("o.access_rule = ?", f.accessRule() == null ? null : f.accessRule().code());
        if (f.publicOnly()) {
            conditions.always("o." + OF_VALIDATED_STRUCTURE);
        }
        if (f.text() != null && !f.text().isBlank()) {
            // Full-text over name and description for back-office lists; public search uses the index.
            conditions.equal("to_tsvector('french', passerelle_fold(o.nom || ' ' || o.description))"
                    + " @@ websearch_to_tsquery('french', passerelle_fold(?))", f.text());
        }
        return conditions;
    }

    public List<String> findIdsByStructure(String structureId) {
        return jdbc.prepareStatement("select id from offer where structure_id = ? order by nom, id", ps -> {
            ps.setString(1, structureId);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
    }

    /** Ids of the offers of these structures, in no particular order (the indexer's structure changes). */
    public List<String> findIdsByStructures(Collection<String> structureIds) {
        if (structureIds.isEmpty()) {
            return List.of();
        }
        return jdbc.prepareStatement("select id from offer where structure_id = any(?)", ps -> {
            Sql.setTextArray(ps, 1, structureIds);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
    }

    /**
     * Public offer ids (published, of a validated structure) after {@code afterId} in id order
     * (keyset pages for the search rebuild).
     */
    public List<String> findPublishedIdsAfter(String afterId, int limit) {
        return jdbc.prepareStatement("select id from offer where status = ? and " + OF_VALIDATED_STRUCTURE
                + " and id > ? order by id limit ?", ps -> {
            ps.setString(1, OfferStatus.PUBLIEE.code());
            ps.setString(2, afterId);
            ps.setInt(3, limit);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
    }

    /** How many offers are public (published, of a validated structure): what the index should hold. */
    public long countPublished() {
        return jdbc.prepareStatement("select count(*) from offer where status = ? and " + OF_VALIDATED_STRUCTURE, ps -> {
            ps.setString(1, OfferStatus.PUBLIEE.code());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Suspended offers whose suspension ends on or before {@code day}. */
    public List<String> findSuspendedUntil(LocalDate day) {
        return jdbc.prepareStatement("select id from offer where status = 'suspendue' and suspended_until <= ? order by id",
                ps -> {
                    Sql.setDate(ps, 1, day);
                    List<String> ids = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getString(1));
                        }
                    }
                    return ids;
                });
    }

    /** Flags these offers' points as their commune's (imports fill missing points so; see V61). */
    public int markApproximatePoints(Collection<String> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.prepareStatement("update offer set point_approximate = true where id = any(?)", ps -> {
            Sql.setTextArray(ps, 1, ids);
            return ps.executeUpdate();
        });
    }

    /** True when the offer's point is its commune's, filled in by an import (see V61). */
    public boolean hasApproximatePoint(String id) {
        return jdbc.prepareStatement("select point_approximate from offer where id = ?", ps -> {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }

    public boolean exists(String id) {
        return jdbc.prepareStatement("select 1 from offer where id = ?", ps -> {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    /** Inserts many offers and their sessions in batches (demo catalogue, imports). */
    public void insertAll(Collection<Offer> offers) {
        jdbc.execute(connection -> {
            String placeholders = "?,".repeat(COLUMN_COUNT - 1) + "?";
            try (PreparedStatement ps = connection.prepareStatement(
                    "insert into offer (" + COLUMNS + ") values (" + placeholders + ")")) {
                for (Offer offer : offers) {
                    bind(ps, offer);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            insertSessions(connection, offers);
            return null;
        });
    }

    public void insert(Offer offer) {
        insertAll(List.of(offer));
    }

    /**
     * Replaces a stored offer when its version still is {@code offer.version()}; the stored
     * version becomes version + 1. Returns false when someone else saved it first.
     */
    public boolean update(Offer offer) {
        return jdbc.execute(connection -> {
            String assignments = String.join(" = ?, ", COLUMNS.replace("\n", " ").split(",\\s*")) + " = ?";
            try (PreparedStatement ps = connection.prepareStatement("update offer set " + assignments
                    + ", updated_at = now() where id = ? and version = ?")) {
                bind(ps, offer.withVersion(offer.version() + 1));
                ps.setString(COLUMN_COUNT + 1, offer.id());
                ps.setInt(COLUMN_COUNT + 2, offer.version());
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("delete from offer_session where offer_id = ?")) {
                delete.setString(1, offer.id());
                delete.executeUpdate();
            }
            insertSessions(connection, List.of(offer));
            return true;
        });
    }

    private void insertSessions(Connection connection, Collection<Offer> offers) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                insert into offer_session (offer_id, label, starts_on, ends_on, capacity, places_left, waiting_list)
                values (?, ?, ?, ?, ?, ?, ?)""")) {
            for (Offer offer : offers) {
                for (OfferSession session : offer.sessions()) {
                    ps.setString(1, offer.id());
                    ps.setString(2, session.label());
                    Sql.setDate(ps, 3, session.startsOn());
                    Sql.setDate(ps, 4, session.endsOn());
                    Sql.setInteger(ps, 5, session.capacity());
                    Sql.setInteger(ps, 6, session.placesLeft());
                    ps.setBoolean(7, session.waitingList());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private Map<String, List<OfferSession>> sessionsOf(Connection connection, Collection<String> offerIds)
            throws SQLException {
        Map<String, List<OfferSession>> sessions = new LinkedHashMap<>();
        if (offerIds.isEmpty()) {
            return sessions;
        }
        try (PreparedStatement ps = connection.prepareStatement("""
                select id, offer_id, label, starts_on, ends_on, capacity, places_left, waiting_list
                from offer_session where offer_id = any(?) order by starts_on, id""")) {
            Sql.setTextArray(ps, 1, offerIds);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sessions.computeIfAbsent(rs.getString("offer_id"), k -> new ArrayList<>())
                            .add(new OfferSession(rs.getLong("id"), rs.getString("label"),
                                    Sql.date(rs, "starts_on"), Sql.date(rs, "ends_on"),
                                    Sql.nullableInt(rs, "capacity"), Sql.nullableInt(rs, "places_left"),
                                    rs.getBoolean("waiting_list")));
                }
            }
        }
        return sessions;
    }

    private void bind(PreparedStatement ps, Offer o) throws SQLException {
        int i = 0;
        ps.setString(++i, o.id());
        ps.setString(++i, o.source());
        ps.setString(++i, o.structureId());
        ps.setString(++i, o.nom());
        ps.setString(++i, o.description());
        ps.setString(++i, o.type());
        Sql.setTextArray(ps, ++i, o.thematiques());
        ps.setString(++i, o.frais());
        ps.setString(++i, o.fraisPrecisions());
        Sql.setTextArray(ps, ++i, o.publics());
        ps.setString(++i, o.publicsPrecisions());
        ps.setString(++i, o.conditionsAcces());
        i = AddressColumns.bind(ps, i, o.address());
        ps.setString(++i, o.contact().telephone());
        ps.setString(++i, o.contact().courriel());
        ps.setString(++i, o.contact().nomPrenom());
        Sql.setTextArray(ps, ++i, o.modesAccueil());
        Sql.setTextArray(ps, ++i, o.zoneEligibilite());
        Sql.setTextArray(ps, ++i, o.modesMobilisation());
        Sql.setTextArray(ps, ++i, o.mobilisablePar());
        ps.setString(++i, o.mobilisationPrecisions());
        ps.setString(++i, o.lienMobilisation());
        ps.setString(++i, o.lienSource());
        ps.setString(++i, o.horairesAccueil());
        Sql.setDouble(ps, ++i, o.volumeHoraireHebdomadaire());
        Sql.setInteger(ps, ++i, o.nombreSemaines());
        Sql.setDate(ps, ++i, o.dateMaj());
        Lifecycle l = o.lifecycle();
        ps.setString(++i, l.status().code());
        Sql.setDate(ps, ++i, l.suspendedUntil());
        ps.setInt(++i, l.updateFrequencyMonths());
        Sql.setDate(ps, ++i, l.verifiedOn());
        ps.setString(++i, l.verifiedBy());
        ps.setString(++i, o.accessRule().code());
        Sql.setTextArray(ps, ++i, o.accessPublics());
        Sql.setTextArray(ps, ++i, o.langues());
        setJson(ps, ++i, o.siae());
        setJson(ps, ++i, o.clauseSociale());
        ps.setInt(++i, o.version());
    }

    private void setJson(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.OTHER);
            return;
        }
        try {
            ps.setObject(index, json.writeValueAsString(value), Types.OTHER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T readJson(ResultSet rs, String column, Class<T> type) throws SQLException {
        String value = rs.getString(column);
        if (value == null) {
            return null;
        }
        try {
            return json.readValue(value, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Offer map(ResultSet rs) throws SQLException {
        Address address = AddressColumns.read(rs);
        Contact contact = new Contact(rs.getString("telephone"), rs.getString("courriel"),
                rs.getString("contact_nom_prenom"));
        Lifecycle lifecycle = new Lifecycle(OfferStatus.ofCode(rs.getString("status")),
                Sql.date(rs, "suspended_until"), rs.getInt("update_frequency_months"),
                Sql.date(rs, "verified_on"), rs.getString("verified_by"));
        return new Offer(rs.getString("id"), rs.getString("source"), rs.getString("structure_id"),
                rs.getString("nom"), rs.getString("description"), rs.getString("type"),
                Sql.textArray(rs, "thematiques"), rs.getString("frais"), rs.getString("frais_precisions"),
                Sql.textArray(rs, "publics"), rs.getString("publics_precisions"), rs.getString("conditions_acces"),
                address, contact, Sql.textArray(rs, "modes_accueil"), Sql.textArray(rs, "zone_eligibilite"),
                Sql.textArray(rs, "modes_mobilisation"), Sql.textArray(rs, "mobilisable_par"),
                rs.getString("mobilisation_precisions"), rs.getString("lien_mobilisation"),
                rs.getString("lien_source"), rs.getString("horaires_accueil"),
                Sql.nullableDouble(rs, "volume_horaire_hebdomadaire"), Sql.nullableInt(rs, "nombre_semaines"),
                Sql.date(rs, "date_maj"), lifecycle, AccessRule.ofCode(rs.getString("access_rule")),
                Sql.textArray(rs, "access_publics"), Sql.textArray(rs, "langues"),
                readJson(rs, "siae", SiaeBlock.class), readJson(rs, "clause_sociale", ClauseSociale.class),
                List.of(), rs.getInt("version"));
    }
}
