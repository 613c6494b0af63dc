package fr.passerelle.catalogue;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * A history table (offer_change, structure_change): appended in the transaction of each change,
 * read newest first. The table and key column are constants of the subclasses, never input.
 */
abstract class ChangeLog {

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

    public void append(String id, String username, String action, List<OfferChange.FieldChange> changes) {
        String serialized;
        try {
            serialized = json.writeValueAsString(changes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.prepareStatement("insert into " + table + " (" + keyColumn + ", changed_by, action, changes) values (?, ?, ?, ?)",
                ps -> {
                    ps.setString(1, id);
                    ps.setString(2, username);
                    ps.setString(3, action);
                    ps.setObject(4, serialized, Types.OTHER);
                    return ps.executeUpdate();
                });
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
