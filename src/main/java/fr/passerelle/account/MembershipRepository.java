package fr.passerelle.account;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Operators' memberships of structures; runs inside the caller's transaction. */
@Singleton
class MembershipRepository {

    private static final String SELECT = """
            select m.account_id, a.username, m.structure_id, s.nom, m.role, m.status
            from structure_membership m join account a on a.id = m.account_id join structure s on s.id = m.structure_id""";

    private final JdbcOperations jdbc;

    MembershipRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts, or replaces a pending (requested/invited) membership; an active one is kept. */
    void save(long accountId, String structureId, MembershipRole role, MembershipStatus status) {
        jdbc.prepareStatement("""
                insert into structure_membership (account_id, structure_id, role, status) values (?, ?, ?, ?)
                on conflict (account_id, structure_id) do update set role = excluded.role, status = excluded.status
                where structure_membership.status <> 'active'""", ps -> {
            ps.setLong(1, accountId);
            ps.setString(2, structureId);
            ps.setString(3, role.code());
            ps.setString(4, status.code());
            return ps.executeUpdate();
        });
    }

    Optional<Membership> find(long accountId, String structureId) {
        return jdbc.prepareStatement(SELECT + " where m.account_id = ? and m.structure_id = ?", ps -> {
            ps.setLong(1, accountId);
            ps.setString(2, structureId);
            List<Membership> found = list(ps);
            return found.stream().findFirst();
        });
    }

    List<Membership> ofAccount(long accountId) {
        return jdbc.prepareStatement(SELECT + " where m.account_id = ? order by s.nom, m.structure_id", ps -> {
            ps.setLong(1, accountId);
            return list(ps);
        });
    }

    List<Membership> ofStructure(String structureId) {
        return jdbc.prepareStatement(SELECT + " where m.structure_id = ? order by m.status, a.username", ps -> {
            ps.setString(1, structureId);
            return list(ps);
        });
    }

    /** Turns a request into an active membership; false when there was no pending request. */
    boolean accept(long accountId, String structureId, MembershipRole role, long decidedBy) {
        return jdbc.prepareStatement("""
                update structure_membership set status = 'active', role = ?, decided_at = now(), decided_by = ?
                where account_id = ? and structure_id = ? and status = 'requested'""", ps -> {
            ps.setString(1, role.code());
            ps.setLong(2, decidedBy);
            ps.setLong(3, accountId);
            ps.setString(4, structureId);
            return ps.executeUpdate() == 1;
        });
    }

    boolean isActiveMember(long accountId, String structureId) {
        return jdbc.prepareStatement("""
                select exists(select 1 from structure_membership
                              where account_id = ? and structure_id = ? and status = 'active')""", ps -> {
            ps.setLong(1, accountId);
            ps.setString(2, structureId);
            return AccountRepository.bool(ps);
        });
    }

    boolean isActiveAdmin(long accountId, String structureId) {
        return jdbc.prepareStatement("""
                select exists(select 1 from structure_membership
                              where account_id = ? and structure_id = ? and status = 'active' and role = 'admin')""", ps -> {
            ps.setLong(1, accountId);
            ps.setString(2, structureId);
            return AccountRepository.bool(ps);
        });
    }

    boolean hasActiveAdmin(String structureId) {
        return jdbc.prepareStatement("""
                select exists(select 1 from structure_membership m join account a on a.id = m.account_id
                              where m.structure_id = ? and m.status = 'active' and m.role = 'admin'
                                and not a.disabled)""", ps -> {
            ps.setString(1, structureId);
            return AccountRepository.bool(ps);
        });
    }

    List<String> activeStructureIds(long accountId) {
        return jdbc.prepareStatement("""
                select structure_id from structure_membership where account_id = ? and status = 'active'
                order by structure_id""", ps -> {
            ps.setLong(1, accountId);
            return AccountRepository.strings(ps);
        });
    }

    /** Active members whose operator account is enabled, with their e-mail. */
    List<OperatorContact> activeContacts(String structureId) {
        return jdbc.prepareStatement("""
                select a.id, a.email from structure_membership m join account a on a.id = m.account_id
                where m.structure_id = ? and m.status = 'active' and not a.disabled and a.role = 'OPERATEUR'
                order by a.id""", ps -> {
            ps.setString(1, structureId);
            List<OperatorContact> contacts = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    contacts.add(new OperatorContact(rs.getLong(1), rs.getString(2)));
                }
            }
            return contacts;
        });
    }

    private static List<Membership> list(PreparedStatement ps) throws SQLException {
        List<Membership> memberships = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                memberships.add(new Membership(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        MembershipRole.ofCode(rs.getString(5)), MembershipStatus.ofCode(rs.getString(6))));
            }
        }
        return memberships;
    }
}
