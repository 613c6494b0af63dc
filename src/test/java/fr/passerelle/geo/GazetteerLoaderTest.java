package fr.passerelle.geo;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class GazetteerLoaderTest {

    @Inject
    GazetteerLoader loader;
    @Inject
    Gazetteer gazetteer;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void aReloadRestoresChangedRowsRemovesStaleOnesAndKeepsThoseStillReferenced() {
        sql("""
                update commune set nom = 'Melun-Renommée' where code = '77288';
                insert into commune (code, nom, nom_folded, departement_code, region_code, latitude, longitude)
                values ('77998', 'Commune disparue', 'commune disparue', '77', '11', 48.5, 2.6),
                       ('77999', 'Commune fusionnée', 'commune fusionnee', '77', '11', 48.5, 2.6);
                insert into structure (id, source, nom, code_insee, date_maj)
                values ('test--gazetteer', 'test', 'Structure d''une commune fusionnée', '77999', current_date);
                delete from reference_load where name = 'gazetteer';
                """);
        try {
            loader.run();

            assertThat(string("select nom from commune where code = '77288'")).isEqualTo("Melun");
            assertThat(string("select nom_folded from commune where code = '91228'")).isEqualTo("évry-courcouronnes"
                    .replace("é", "e"));
            assertThat(string("select count(*) from commune where code = '77998'")).isEqualTo("0");
            assertThat(string("select count(*) from commune where code = '77999'")).isEqualTo("1");
            assertThat(gazetteer.commune("77288")).get().extracting(Commune::nom).isEqualTo("Melun");
        } finally {
            sql("delete from structure where id = 'test--gazetteer'; delete from commune where code = '77999';");
        }
    }

    @Test
    void aSecondStartWithTheSameFilesLeavesTheTablesAlone() {
        loader.run();
        Timestamp loadedAt = timestamp();
        loader.run();
        assertThat(timestamp()).isEqualTo(loadedAt);
        assertThat(string("select count(*) > 34000 from commune")).isEqualTo("t");
    }

    private Timestamp timestamp() {
        return transactions.executeRead(status -> {
            try (Statement statement = status.getConnection().createStatement();
                 ResultSet rows = statement.executeQuery(
                         "select loaded_at from reference_load where name = 'gazetteer'")) {
                rows.next();
                return rows.getTimestamp(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private String string(String query) {
        return transactions.executeRead(status -> {
            try (Statement statement = status.getConnection().createStatement();
                 ResultSet rows = statement.executeQuery(query)) {
                rows.next();
                return rows.getString(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void sql(String statements) {
        transactions.executeWrite(status -> {
            try (Statement statement = status.getConnection().createStatement()) {
                statement.execute(statements);
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
