package fr.passerelle.catalogue;

import fr.passerelle.shared.Page;
import fr.passerelle.shared.PageRequest;
import fr.passerelle.shared.Sql;
import fr.passerelle.shared.SqlConditions;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Structures in PostgreSQL; runs inside the caller's transaction. */
@Singleton
public class StructureRepository {

    private static final String COLUMNS = """
            id, source, siret, nom, description, adresse, complement_adresse, code_postal, code_insee, commune,
            latitude, longitude, telephone, courriel, site_web, lien_source, horaires_accueil, accessibilite_lieu,
            reseaux_porteurs, typologie, parent_id, moderation_status, date_maj, version""";
    private static final int COLUMN_COUNT = COLUMNS.split(",").length;

    private final JdbcOperations jdbc;

    public StructureRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Structure> findById(String id) {
        return jdbc.prepareStatement("select " + COLUMNS + " from structure where id = ?", ps -> {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.<Structure>empty();
            }
        });
    }

    /** Flags these structures' points as their commune's (imports fill missing points so; see V61). */
    public int markApproximatePoints(Collection<String> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.prepareStatement("update structure set point_approximate = true where id = any(?)", ps -> {
            Sql.setTextArray(ps, 1, ids);
            return ps.executeUpdate();
        });
    }

    /** The stored structures among these ids (imports read a batch at once). */
    public List<Structure> findByIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.prepareStatement("select " + COLUMNS + " from structure where id = any(?)", ps -> {
            Sql.setTextArray(ps, 1, ids);
            return list(ps);
        });
    }

    /** Names of the given structures, by id (search documents carry their structure's name). */
    public Map<String, String> findNames(Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        return jdbc.prepareStatement("select id, nom from structure where id = any(?)", ps -> {
            Sql.setTextArray(ps, 1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getString(1), rs.getString(2));
                }
            }
            return names;
        });
    }

    /**
     * Names of those of the given structures that were validated: the only ones whose published
     * offers are public (twin of {@link OfferRepository#OF_VALIDATED_STRUCTURE}).
     */
    public Map<String, String> findValidatedNames(Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        return jdbc.prepareStatement("select id, nom from structure where id = any(?) and moderation_status = ?", ps -> {
            Sql.setTextArray(ps, 1, ids);
            ps.setString(2, ModerationStatus.VALIDEE.code());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getString(1), rs.getString(2));
                }
            }
            return names;
        });
    }

    public List<Structure> findByParent(String parentId) {
        return jdbc.prepareStatement("select " + COLUMNS + " from structure where parent_id = ? order by nom", ps -> {
            ps.setString(1, parentId);
            return list(ps);
        });
    }

    public Page<Structure> findPage(StructureFilter filter, PageRequest page) {
        SqlConditions conditions = new SqlConditions()
                .anyOf("source", filter.sources())
                .overlaps("reseaux_porteurs", filter.reseauxPorteurs())
                .equal("code_insee in (select code from commune where departement_code = ?)", filter.codeDepartement())
                .equal("code_insee = ?", filter.codeCommune());
        if (filter.validatedOnly()) {
            conditions.always("moderation_status = 'validee'");
        }
        long total = jdbc.prepareStatement("select count(*) from structure" + conditions.where(), ps -> {
            conditions.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        List<Structure> items = jdbc.prepareStatement("select " + COLUMNS + " from structure" + conditions.where()
                + " order by nom, id limit ? offset ?", ps -> {
            int next = conditions.bind(ps);
            ps.setInt(next, page.size());
            ps.setInt(next + 1, page.offset());
            return list(ps);
        });
        return new Page<>(items, total, page.page(), page.size());
    }

    public void insertAll(Collection<Structure> structures) {
        String placeholders = "?,".repeat(COLUMN_COUNT - 1) + "?";
        jdbc.prepareStatement("insert into structure (" + COLUMNS + ") values (" + placeholders + ")", ps -> {
            for (Structure structure : structures) {
                bind(ps, structure);
                ps.addBatch();
            }
            ps.executeBatch();
            return null;
        });
    }

    public boolean update(Structure structure) {
        String assignments = String.join(" = ?, ", COLUMNS.replace("\n", " ").split(",\\s*")) + " = ?";
        return jdbc.prepareStatement("update structure set " + assignments
                + ", updated_at = now() where id = ? and version = ?", ps -> {
            bind(ps, structure);
            ps.setInt(COLUMN_COUNT, structure.version() + 1);
            ps.setString(COLUMN_COUNT + 1, structure.id());
            ps.setInt(COLUMN_COUNT + 2, structure.version());
            return ps.executeUpdate() == 1;
        });
    }

    private static List<Structure> list(PreparedStatement ps) throws SQLException {
        List<Structure> structures = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                structures.add(map(rs));
            }
        }
        return structures;
    }

    private static void bind(PreparedStatement ps, Structure s) throws SQLException {
        int i = 0;
        ps.setString(++i, s.id());
        ps.setString(++i, s.source());
        ps.setString(++i, s.siret());
        ps.setString(++i, s.nom());
        ps.setString(++i, s.description());
        i = AddressColumns.bind(ps, i, s.address());
        ps.setString(++i, s.telephone());
        ps.setString(++i, s.courriel());
        ps.setString(++i, s.siteWeb());
        ps.setString(++i, s.lienSource());
        ps.setString(++i, s.horairesAccueil());
        ps.setString(++i, s.accessibiliteLieu());
        Sql.setTextArray(ps, ++i, s.reseauxPorteurs());
        ps.setString(++i, s.typologie());
        ps.setString(++i, s.parentId());
        ps.setString(++i, s.moderationStatus().code());
        Sql.setDate(ps, ++i, s.dateMaj());
        ps.setInt(++i, s.version());
    }

    private static Structure map(ResultSet rs) throws SQLException {
        Address address = AddressColumns.read(rs);
        return new Structure(rs.getString("id"), rs.getString("source"), rs.getString("siret"), rs.getString("nom"),
                rs.getString("description"), address, rs.getString("telephone"), rs.getString("courriel"),
                rs.getString("site_web"), rs.getString("lien_source"), rs.getString("horaires_accueil"),
                rs.getString("accessibilite_lieu"), Sql.textArray(rs, "reseaux_porteurs"), rs.getString("typologie"),
                rs.getString("parent_id"), ModerationStatus.ofCode(rs.getString("moderation_status")),
                Sql.date(rs, "date_maj"), rs.getInt("version"));
    }
}
