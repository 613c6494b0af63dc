package fr.passerelle.catalogue;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A history table (offer_change, structure_change): appended in the transaction of each change,
 * read newest first. The table and key column are constants of the subclasses, never input.
 */
public abstract class ChangeLog {

    private final JdbcOperations jdbc;
    private final JsonMapper json;
    private final String table;
    private final String keyColumn;

    ChangeLog(JdbcOperations jdbc, JsonMapper json, String table, String keyColumn) {
        this.jdbc = jdbc;
        this.json = json;
        this.table = table;
        this.keyColumn = keyColumn;
    }

    /** One line of history to append: who did what to which record. */
    public record Entry(String id, String username, String action, List<OfferChange.FieldChange> changes) {
    }

    public void append(String id, String username, String action, List<OfferChange.FieldChange> changes) {
        appendAll(List.of(new Entry(id, username, action, changes)));
    }

    /** Appends many lines in one batch (imports write hundreds per transaction). */
    public void appendAll(Collection<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("insert into " + table + " (" + keyColumn + ", changed_by, action, changes) values (?, ?, ?, ?)",
                ps -> {
                    for (Entry entry : entries) {
                        ps.setString(1, entry.id());
                        ps.setString(2, entry.username());
                        ps.setString(3, entry.action());
                        ps.setObject(4, serialized(entry.changes()), Types.OTHER);
                        ps.addBatch();
                    }
                    return ps.executeBatch();
                });
    }

    private String serialized(List<OfferChange.FieldChange> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<OfferChange> of(String id) {
        return jdbc.prepareStatement("select changed_at, changed_by, action, changes from " + table
                + " where " + keyColumn + " = ? order by changed_at desc, id desc", ps -> {
            ps.setString(1, id);
            List<OfferChange> changes = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    changes.add(new OfferChange(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                            json.readValue(rs.getString(4), Argument.listOf(OfferChange.FieldChange.class))));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return changes;
        });
    }
}
