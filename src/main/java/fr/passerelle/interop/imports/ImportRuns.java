package fr.passerelle.interop.imports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The import_run table: the history of imports started from the administrators' page. */
@Singleton
class ImportRuns {

    private static final String COLUMNS = "id, started_by, started_at, finished_at, file_name, source, full_import, "
            + "status, rows_read, report, error";

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final JsonMapper json;

    ImportRuns(JdbcOperations jdbc, TransactionOperations<Connection> transactions, JsonMapper json) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
    }

    long start(String startedBy, Instant at, String fileName, @Nullable String source, boolean full) {
        return transactions.executeWrite(status -> jdbc.prepareStatement("insert into import_run (started_by, "
                + "started_at, file_name, source, full_import, status) values (?, ?, ?, ?, ?, ?) returning id", ps -> {
            ps.setString(1, startedBy);
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setString(3, fileName);
            ps.setString(4, source);
            ps.setBoolean(5, full);
            ps.setString(6, ImportRunStatus.EN_COURS.name());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }

    void finish(long id, Instant at, long rows, ImportReport report) {
        String serialized;
        try {
            serialized = json.writeValueAsString(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        transactions.executeWrite(status -> jdbc.prepareStatement("update import_run set status = ?, finished_at = ?, "
                + "rows_read = ?, imported = ?, updated = ?, unchanged = ?, rejected = ?, archived = ?, report = ? "
                + "where id = ?", ps -> {
            ps.setString(1, ImportRunStatus.TERMINE.name());
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setLong(3, rows);
            ps.setInt(4, report.imported());
            ps.setInt(5, report.updated());
            ps.setInt(6, report.unchanged());
            ps.setInt(7, report.rejected().size());
            ps.setInt(8, report.archived());
            ps.setObject(9, serialized, Types.OTHER);
            ps.setLong(10, id);
            return ps.executeUpdate();
        }));
    }

    void fail(long id, Instant at, long rows, String error) {
        transactions.executeWrite(status -> jdbc.prepareStatement(
                "update import_run set status = ?, finished_at = ?, rows_read = ?, error = ? where id = ?", ps -> {
                    ps.setString(1, ImportRunStatus.ECHEC.name());
                    ps.setTimestamp(2, Timestamp.from(at));
                    ps.setLong(3, rows);
                    ps.setString(4, error);
                    ps.setLong(5, id);
                    return ps.executeUpdate();
                }));
    }

    /** Every run still marked running: none can be, the process that ran it is gone. */
    int interruptRunning(Instant at) {
        return transactions.executeWrite(status -> jdbc.prepareStatement(
                "update import_run set status = ?, finished_at = ? where status = ?", ps -> {
                    ps.setString(1, ImportRunStatus.INTERROMPU.name());
                    ps.setTimestamp(2, Timestamp.from(at));
                    ps.setString(3, ImportRunStatus.EN_COURS.name());
                    return ps.executeUpdate();
                }));
    }

    List<ImportRun> latest(int limit) {
        return transactions.executeRead(status -> jdbc.prepareStatement("select " + COLUMNS
                + " from import_run order by started_at desc, id desc limit ?", ps -> {
            ps.setInt(1, limit);
            List<ImportRun> runs = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    runs.add(run(rs));
                }
            }
            return runs;
        }));
    }

    Optional<ImportRun> find(long id) {
        return transactions.executeRead(status -> jdbc.prepareStatement("select " + COLUMNS
                + " from import_run where id = ?", ps -> {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(run(rs)) : Optional.<ImportRun>empty();
            }
        }));
    }

    private ImportRun run(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        String report = rs.getString("report");
        try {
            return new ImportRun(rs.getLong("id"), rs.getString("started_by"), rs.getTimestamp("started_at").toInstant(),
                    finished == null ? null : finished.toInstant(), rs.getString("file_name"), rs.getString("source"),
                    rs.getBoolean("full_import"), ImportRunStatus.valueOf(rs.getString("status")),
                    rs.getLong("rows_read"), report == null ? null : json.readValue(report, ImportReport.class),
                    rs.getString("error"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
