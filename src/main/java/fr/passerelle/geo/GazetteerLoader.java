package fr.passerelle.geo;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import fr.passerelle.shared.StartupTask;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;

/**
 * Loads the gazetteer shipped in {@code classpath:geo/} (built by scripts/geo/build-gazetteer.mjs)
 * into the reference tables, when its checksum differs from the one recorded in
 * {@code reference_load}. One transaction, COPY into temporary tables, then upserts: communes
 * that other rooms' rows still reference (structure.code_insee, offer.code_insee…) are never
 * deleted, even when they left the official list.
 */
@Singleton
public class GazetteerLoader implements StartupTask {

    private static final Logger LOG = LoggerFactory.getLogger(GazetteerLoader.class);

    static final String REFERENCE_NAME = "gazetteer";
    /** Bump when the way the files are loaded changes, so that existing databases reload. */
    private static final String LOADER_VERSION = "1";
    private static final long LOCK_KEY = 0x6761_7a65_7474_6572L; // "gazetter"

    /** One input file: its columns in the CSV, the staging table they are copied into, and a check. */
    private record Source(String file, String stagingTable, String stagingColumns, List<String> columns,
                          Predicate<NamedCsvRecord> valid) {
    }

    private static final List<Source> SOURCES = List.of(
            new Source("regions.csv", "geo_region_in", "code text, nom text, type_liaison smallint",
                    List.of("code", "nom", "type_liaison"), r -> present(r, "code", "nom")),
            new Source("departements.csv", "geo_departement_in",
                    "code text, nom text, region_code text, type_liaison smallint",
                    List.of("code", "nom", "region", "type_liaison"), r -> present(r, "code", "nom", "region")),
            new Source("epci.csv", "geo_epci_in", "code text, nom text, type text",
                    List.of("code", "nom", "type"), r -> r.getField("code").matches("\\d{9}") && present(r, "nom")),
            new Source("communes.csv", "geo_commune_in",
                    "code text, nom text, codes_postaux text, departement_code text, region_code text,"
                            + " epci_code text, population integer, latitude double precision,"
                            + " longitude double precision, type_liaison smallint",
                    List.of("code", "nom", "codes_postaux", "departement", "region", "epci", "population",
                            "latitude", "longitude", "type_liaison"),
                    r -> present(r, "code", "nom", "departement", "region") && hasPoint(r)),
            new Source("arrondissements.csv", "geo_arrondissement_in",
                    "code text, nom text, commune_code text, codes_postaux text, latitude double precision,"
                            + " longitude double precision",
                    List.of("code", "nom", "commune", "codes_postaux", "latitude", "longitude"),
                    r -> present(r, "code", "nom", "commune") && hasPoint(r)));

    private static final List<String> UPSERTS = List.of(
            """
            insert into region (code, nom, type_liaison)
            select code, nom, coalesce(type_liaison, 0) from geo_region_in
            on conflict (code) do update set nom = excluded.nom, type_liaison = excluded.type_liaison
            where (region.nom, region.type_liaison) is distinct from (excluded.nom, excluded.type_liaison)
            """,
            """
            insert into departement (code, nom, region_code, type_liaison)
            select code, nom, region_code, coalesce(type_liaison, 0) from geo_departement_in
            on conflict (code) do update
               set nom = excluded.nom, region_code = excluded.region_code, type_liaison = excluded.type_liaison
            where (departement.nom, departement.region_code, departement.type_liaison)
                  is distinct from (excluded.nom, excluded.region_code, excluded.type_liaison)
            """,
            """
            insert into epci (code, nom, type)
            select code, nom, type from geo_epci_in
            on conflict (code) do update set nom = excluded.nom, type = excluded.type
            where (epci.nom, epci.type) is distinct from (excluded.nom, excluded.type)
            """,
            """
            insert into commune (code, nom, nom_folded, codes_postaux, departement_code, region_code, epci_code,
                                 population, latitude, longitude, type_liaison)
            select code, nom, passerelle_fold(nom), coalesce(string_to_array(codes_postaux, ' '), '{}'),
                   departement_code, region_code, epci_code, population, latitude, longitude,
                   coalesce(type_liaison, 0)
            from geo_commune_in
            on conflict (code) do update
               set nom = excluded.nom, nom_folded = excluded.nom_folded, codes_postaux = excluded.codes_postaux,
                   departement_code = excluded.departement_code, region_code = excluded.region_code,
                   epci_code = excluded.epci_code, population = excluded.population,
                   latitude = excluded.latitude, longitude = excluded.longitude,
                   type_liaison = excluded.type_liaison
            where (commune.nom, commune.codes_postaux, commune.departement_code, commune.region_code,
                   commune.epci_code, commune.population, commune.latitude, commune.longitude,
                   commune.type_liaison)
                  is distinct from (excluded.nom, excluded.codes_postaux, excluded.departement_code,
                   excluded.region_code, excluded.epci_code, excluded.population, excluded.latitude,
                   excluded.longitude, excluded.type_liaison)
            """,
            """
            insert into commune_arrondissement (code, nom, commune_code, codes_postaux, latitude, longitude)
            select code, nom, commune_code, coalesce(string_to_array(codes_postaux, ' '), '{}'), latitude, longitude
            from geo_arrondissement_in
            on conflict (code) do update
               set nom = excluded.nom, commune_code = excluded.commune_code,
                   codes_postaux = excluded.codes_postaux, latitude = excluded.latitude,
                   longitude = excluded.longitude
            where (commune_arrondissement.nom, commune_arrondissement.commune_code,
                   commune_arrondissement.codes_postaux, commune_arrondissement.latitude,
                   commune_arrondissement.longitude)
                  is distinct from (excluded.nom, excluded.commune_code, excluded.codes_postaux,
                   excluded.latitude, excluded.longitude)
            """);

    /** Tables whose rows absent from the new files are removed, children first. */
    private static final List<String[]> STALE = List.of(
            new String[] {"commune_arrondissement", "geo_arrondissement_in"},
            new String[] {"commune", "geo_commune_in"},
            new String[] {"epci", "geo_epci_in"},
            new String[] {"departement", "geo_departement_in"},
            new String[] {"region", "geo_region_in"});

    private final TransactionOperations<Connection> transactions;
    private final Gazetteer gazetteer;

    public GazetteerLoader(TransactionOperations<Connection> transactions, Gazetteer gazetteer) {
        this.transactions = transactions;
        this.gazetteer = gazetteer;
    }

    @Override
    public int order() {
        return GAZETTEER;
    }

    @Override
    public void run() {
        List<byte[]> files = SOURCES.stream().map(source -> read(source.file())).toList();
        String checksum = checksum(files);
        boolean loaded = transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            try {
                return load(connection, files, checksum);
            } catch (SQLException | IOException e) {
                throw new IllegalStateException("Could not load the gazetteer", e);
            }
        });
        if (loaded) {
            gazetteer.forget();
        }
    }

    private boolean load(Connection connection, List<byte[]> files, String checksum)
            throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            // Two instances starting together: the second waits, then finds the checksum up to date.
            statement.execute("select pg_advisory_xact_lock(" + LOCK_KEY + ")");
        }
        String current = currentChecksum(connection);
        if (checksum.equals(current)) {
            LOG.info("Gazetteer up to date (checksum {})", checksum.substring(0, 12));
            return false;
        }
        long started = System.nanoTime();
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        try (Statement statement = connection.createStatement()) {
            for (int i = 0; i < SOURCES.size(); i++) {
                Source source = SOURCES.get(i);
                statement.execute("create temporary table " + source.stagingTable() + " ("
                        + source.stagingColumns() + ") on commit drop");
                String csv = toCopyInput(source, files.get(i));
                copy.copyIn("copy " + source.stagingTable() + " from stdin (format csv)", new StringReader(csv));
            }
            for (String upsert : UPSERTS) {
                statement.executeUpdate(upsert);
            }
        }
        int removed = 0;
        for (String[] stale : STALE) {
            removed += deleteStale(connection, stale[0], stale[1]);
        }
        try (Statement statement = connection.createStatement()) {
            // Fresh statistics, or the planner takes the new tables for empty and ignores their indexes.
            statement.execute("analyze region, departement, epci, commune, commune_arrondissement");
        }
        try (PreparedStatement record = connection.prepareStatement("""
                insert into reference_load (name, checksum, loaded_at) values (?, ?, now())
                on conflict (name) do update set checksum = excluded.checksum, loaded_at = excluded.loaded_at
                """)) {
            record.setString(1, REFERENCE_NAME);
            record.setString(2, checksum);
            record.executeUpdate();
        }
        LOG.info("Gazetteer loaded in {} ms (checksum {}, previous {}, {} stale rows removed)",
                (System.nanoTime() - started) / 1_000_000, checksum.substring(0, 12),
                current == null ? "none" : current.substring(0, 12), removed);
        return true;
    }

    private static String currentChecksum(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select checksum from reference_load where name = ?")) {
            query.setString(1, REFERENCE_NAME);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** Parses one shipped file with its header, checks each row, and writes the staging table's CSV. */
    private static String toCopyInput(Source source, byte[] file) throws IOException {
        StringWriter out = new StringWriter(file.length + 1024);
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder()
                .ofNamedCsvRecord(new String(file, StandardCharsets.UTF_8));
             CsvWriter writer = CsvWriter.builder().build(out)) {
            String[] fields = new String[source.columns().size()];
            for (NamedCsvRecord row : reader) {
                if (!source.valid().test(row)) {
                    throw new IllegalStateException("Invalid row " + row.getStartingLineNumber() + " in geo/"
                            + source.file() + ": " + row.getFields());
                }
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = row.getField(source.columns().get(i)).strip();
                }
                writer.writeRecord(fields);
            }
        }
        return out.toString();
    }

    /**
     * Deletes the rows of {@code table} absent from {@code staging}. A row still referenced by a
     * foreign key (a structure's or an offer's commune) is kept: the whole delete is tried first,
     * then, if something refers to a stale row, one row at a time.
     */
    private static int deleteStale(Connection connection, String table, String staging) throws SQLException {
        String where = " where not exists (select 1 from " + staging + " s where s.code = t.code)";
        Savepoint all = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            int deleted = statement.executeUpdate("delete from " + table + " t" + where);
            connection.releaseSavepoint(all);
            return deleted;
        } catch (SQLException e) {
            if (!isForeignKeyViolation(e)) {
                throw e;
            }
            connection.rollback(all);
        }
        List<String> stale = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select code from " + table + " t" + where)) {
            while (rows.next()) {
                stale.add(rows.getString(1));
            }
        }
        int deleted = 0;
        try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " where code = ?")) {
            for (String code : stale) {
                Savepoint one = connection.setSavepoint();
                try {
                    delete.setString(1, code);
                    deleted += delete.executeUpdate();
                    connection.releaseSavepoint(one);
                } catch (SQLException e) {
                    if (!isForeignKeyViolation(e)) {
                        throw e;
                    }
                    connection.rollback(one);
                    LOG.warn("Kept {} {}: no longer in the gazetteer but still referenced", table, code);
                }
            }
        }
        return deleted;
    }

    private static boolean isForeignKeyViolation(SQLException e) {
        return "23503".equals(e.getSQLState());
    }

    private static byte[] read(String file) {
        String path = "geo/" + file;
        try (InputStream in = GazetteerLoader.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String checksum(List<byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(LOADER_VERSION.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < files.size(); i++) {
                digest.update(SOURCES.get(i).file().getBytes(StandardCharsets.UTF_8));
                digest.update(files.get(i));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean present(NamedCsvRecord row, String... fields) {
        for (String field : fields) {
            if (row.getField(field).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasPoint(NamedCsvRecord row) {
        try {
            double latitude = Double.parseDouble(row.getField("latitude"));
            double longitude = Double.parseDouble(row.getField("longitude"));
            return latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
