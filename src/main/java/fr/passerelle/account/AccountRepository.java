package fr.passerelle.account;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Accounts, managers' territories and referents' caseloads; runs inside the caller's transaction. */
@Singleton
class AccountRepository {

    private static final String COLUMNS = """
            id, username, email, display_name, password_hash, role, referent_organisation_id, created_at, disabled""";

    private final JdbcOperations jdbc;

    AccountRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> findByUsername(String username) {
        return jdbc.prepareStatement("select " + COLUMNS + " from account where username = ?", ps -> {
            ps.setString(1, username);
            return one(ps);
        });
    }

    Optional<Account> findById(long id) {
        return jdbc.prepareStatement("select " + COLUMNS + " from account where id = ?", ps -> {
            ps.setLong(1, id);
            return one(ps);
        });
    }

    boolean exists(String username) {
        return jdbc.prepareStatement("select exists(select 1 from account where username = ?)", ps -> {
            ps.setString(1, username);
            return bool(ps);
        });
    }

    boolean any() {
        return jdbc.prepareStatement("select exists(select 1 from account)", AccountRepository::bool);
    }

    long insert(String username, String email, String displayName, String passwordHash, Role role) {
        return jdbc.prepareStatement("""
                insert into account (username, email, display_name, password_hash, role)
                values (?, ?, ?, ?, ?) returning id""", ps -> {
            ps.setString(1, username);
            ps.setString(2, email);
            ps.setString(3, displayName);
            ps.setString(4, passwordHash);
            ps.setString(5, role.name());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    long insertReferentOrganisation(String nom, String departementCode) {
        return jdbc.prepareStatement(
                "insert into referent_organisation (nom, departement_code) values (?, ?) returning id", ps -> {
                    ps.setString(1, nom);
                    ps.setString(2, departementCode);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                    }
                });
    }

    void setReferentOrganisation(long accountId, Long organisationId) {
        jdbc.prepareStatement("update account set referent_organisation_id = ? where id = ?", ps -> {
            if (organisationId == null) {
                ps.setNull(1, Types.BIGINT);
            } else {
                ps.setLong(1, organisationId);
            }
            ps.setLong(2, accountId);
            return ps.executeUpdate();
        });
    }

    /** Adds nothing when the département is unknown to the gazetteer. */
    void addTerritory(long accountId, String departementCode) {
        jdbc.prepareStatement("""
                insert into manager_territory (account_id, departement_code)
                select ?, code from departement where code = ?
                on conflict do nothing""", ps -> {
            ps.setLong(1, accountId);
            ps.setString(2, departementCode);
            return ps.executeUpdate();
        });
    }

    boolean departementExists(String code) {
        return jdbc.prepareStatement("select exists(select 1 from departement where code = ?)", ps -> {
            ps.setString(1, code);
            return bool(ps);
        });
    }

    List<String> territoriesOf(long accountId) {
        return jdbc.prepareStatement(
                "select departement_code from manager_territory where account_id = ? order by departement_code", ps -> {
                    ps.setLong(1, accountId);
                    return strings(ps);
                });
    }

    boolean managesDepartement(long accountId, String departementCode) {
        return jdbc.prepareStatement("""
                select exists(select 1 from manager_territory where account_id = ? and departement_code = ?)""", ps -> {
            ps.setLong(1, accountId);
            ps.setString(2, departementCode);
            return bool(ps);
        });
    }

    void follow(long referentId, long beneficiaryId) {
        jdbc.prepareStatement("""
                insert into referent_follow_up (referent_id, beneficiary_id) values (?, ?)
                on conflict do nothing""", ps -> {
            ps.setLong(1, referentId);
            ps.setLong(2, beneficiaryId);
            return ps.executeUpdate();
        });
    }

    boolean follows(long referentId, long beneficiaryId) {
        return jdbc.prepareStatement("""
                select exists(select 1 from referent_follow_up f join account b on b.id = f.beneficiary_id
                              where f.referent_id = ? and f.beneficiary_id = ? and b.role = 'BENEFICIAIRE')""", ps -> {
            ps.setLong(1, referentId);
            ps.setLong(2, beneficiaryId);
            return bool(ps);
        });
    }

    List<Long> caseloadOf(long referentId) {
        return jdbc.prepareStatement(
                "select beneficiary_id from referent_follow_up where referent_id = ? order by beneficiary_id", ps -> {
                    ps.setLong(1, referentId);
                    List<Long> ids = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getLong(1));
                        }
                    }
                    return ids;
                });
    }

    /** The referents who follow that beneficiary (enabled referent accounts only). */
    List<Long> referentsOf(long beneficiaryId) {
        return jdbc.prepareStatement("""
                select f.referent_id from referent_follow_up f join account r on r.id = f.referent_id
                where f.beneficiary_id = ? and r.role = 'REFERENT' and not r.disabled
                order by f.referent_id""", ps -> {
            ps.setLong(1, beneficiaryId);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    /**
     * Deletes the account; its caseload links, memberships and notifications go with it (cascades),
     * other rooms' references become null. Its login attempts (personal data) go too.
     */
    void delete(long accountId, String username) {
        jdbc.prepareStatement("delete from login_attempt where username = ?", ps -> {
            ps.setString(1, username);
            return ps.executeUpdate();
        });
        jdbc.prepareStatement("delete from account where id = ?", ps -> {
            ps.setLong(1, accountId);
            return ps.executeUpdate();
        });
    }

    static boolean bool(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    static List<String> strings(PreparedStatement ps) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static Optional<Account> one(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            long organisation = rs.getLong("referent_organisation_id");
            return Optional.of(new Account(rs.getLong("id"), rs.getString("username"), rs.getString("email"),
                    rs.getString("display_name"), rs.getString("password_hash"),
                    Role.valueOf(rs.getString("role")), rs.wasNull() ? null : organisation,
                    rs.getTimestamp("created_at").toInstant(), rs.getBoolean("disabled")));
        }
    }
}
