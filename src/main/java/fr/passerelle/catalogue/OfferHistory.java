package fr.passerelle.catalogue;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** The offer_change table: appended in the transaction of each change, read newest first. */
@Singleton
public class OfferHistory {

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    public OfferHistory(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void append(String offerId, String username, String action, List<OfferChange.FieldChange> changes) {
        String serialized;
        try {
            serialized = json.writeValueAsString(changes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.prepareStatement("insert into offer_change (offer_id, changed_by, action, changes) values (?, ?, ?, ?)",
                ps -> {
                    ps.setString(1, offerId);
                    ps.setString(2, username);
                    ps.setString(3, action);
                    ps.setObject(4, serialized, Types.OTHER);
                    return ps.executeUpdate();
                });
    }

    public List<OfferChange> of(String offerId) {
        return jdbc.prepareStatement("""
                select changed_at, changed_by, action, changes from offer_change
                where offer_id = ? order by changed_at desc, id desc""", ps -> {
            ps.setString(1, offerId);
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
