package fr.passerelle.catalogue;

import fr.passerelle.shared.Sql;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The address columns structures and offers share, in the order of their column lists. */
final class AddressColumns {

    private AddressColumns() {
    }

    /** Binds the seven address columns from {@code index + 1}; returns the last index used. */
    static int bind(PreparedStatement ps, int index, Address a) throws SQLException {
        ps.setString(++index, a.adresse());
        ps.setString(++index, a.complementAdresse());
        ps.setString(++index, a.codePostal());
        ps.setString(++index, a.codeInsee());
        ps.setString(++index, a.commune());
        Sql.setDouble(ps, ++index, a.latitude());
        Sql.setDouble(ps, ++index, a.longitude());
        return index;
    }

    static Address read(ResultSet rs) throws SQLException {
        return new Address(rs.getString("adresse"), rs.getString("complement_adresse"),
                rs.getString("code_postal"), rs.getString("code_insee"), rs.getString("commune"),
                Sql.nullableDouble(rs, "latitude"), Sql.nullableDouble(rs, "longitude"));
    }
}
