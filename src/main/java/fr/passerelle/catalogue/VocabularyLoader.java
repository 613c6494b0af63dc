package fr.passerelle.catalogue;

import fr.passerelle.shared.StartupTask;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.PreparedStatement;
import java.util.List;

/** Mirrors the vocabularies and families into PostgreSQL, for SQL reports and joins. */
@Singleton
public class VocabularyLoader implements StartupTask {

    private final Vocabularies vocabularies;
    private final JdbcOperations jdbc;

    public VocabularyLoader(Vocabularies vocabularies, JdbcOperations jdbc) {
        this.vocabularies = vocabularies;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return VOCABULARIES;
    }

    @Override
    @Transactional
    public void run() {
        jdbc.execute(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("delete from family_thematique");
                statement.execute("delete from family");
                statement.execute("delete from vocabulary");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into vocabulary (kind, value, label, description, position) values (?, ?, ?, ?, ?)")) {
                for (VocabularyKind kind : VocabularyKind.values()) {
                    List<VocabularyTerm> terms = vocabularies.terms(kind);
                    for (int i = 0; i < terms.size(); i++) {
                        VocabularyTerm term = terms.get(i);
                        insert.setString(1, kind.code());
                        insert.setString(2, term.value());
                        insert.setString(3, term.label().strip());
                        insert.setString(4, term.description());
                        insert.setInt(5, i);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
            try (PreparedStatement family = connection.prepareStatement(
                    "insert into family (code, group_code, group_label, label, beneficiary_label, position) values (?, ?, ?, ?, ?, ?)");
                 PreparedStatement theme = connection.prepareStatement(
                         "insert into family_thematique (family_code, thematique) values (?, ?)")) {
                for (Family f : vocabularies.families()) {
                    family.setString(1, f.code());
                    family.setString(2, f.groupCode());
                    family.setString(3, f.groupLabel());
                    family.setString(4, f.label());
                    family.setString(5, f.beneficiaryLabel());
                    family.setInt(6, f.position());
                    family.addBatch();
                    for (String thematique : f.thematiques()) {
                        theme.setString(1, f.code());
                        theme.setString(2, thematique);
                        theme.addBatch();
                    }
                }
                family.executeBatch();
                theme.executeBatch();
            }
            return null;
        });
    }
}
