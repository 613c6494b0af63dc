package fr.passerelle.catalogue.moderation;

import fr.passerelle.shared.Sql;
import io.micronaut.core.annotation.Nullable;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;

/**
 * The SQL condition "the structure is in one of the manager's départements". A structure belongs
 * to the département of its commune, as in AccountService.canModerateStructure (twin rule); one
 * without a commune belongs to no territory, so only administrators ({@code null}: everywhere)
 * see it.
 */
final class ModerationScope {

    private ModerationScope() {
    }

    /** " and …" on the structure alias, or nothing for administrators. */
    static String of(@Nullable Collection<String> departements, String structureAlias) {
        return departements == null ? "" : " and " + structureAlias
                + ".code_insee in (select code from commune where departement_code = any(?))";
    }

    /** Binds the départements when there is a condition; returns the next parameter index. */
    static int bind(PreparedStatement ps, int index, @Nullable Collection<String> departements) throws SQLException {
        if (departements == null) {
            return index;
        }
        Sql.setTextArray(ps, index, departements);
        return index + 1;
    }

    static long count(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
