package fr.passerelle.account;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.ResultSet;
import java.util.Optional;

/**
 * Where the demo operators work: a structure of the demo catalogue in Melun (77) for
 * operateur1, another one for operateur2. Empty when no demo catalogue was loaded, which is
 * what keeps demo accounts out of real deployments.
 *
 * <p>Bound to the demo catalogue by its source; when the `demo` branch's {@code DemoCatalogue}
 * lands, ask it for its guaranteed structures here instead (one place to change).
 */
@Singleton
class DemoStructures {

    /** The source of the generated demo catalogue's structures. */
    static final String DEMO_SOURCE = "demo";
    static final String MELUN = "77288";

    /** The two structures, found. */
    record Found(String operator1StructureId, String operator2StructureId) {
    }

    private final JdbcOperations jdbc;

    DemoStructures(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<Found> find() {
        Optional<String> melun = first("""
                select id from structure where source = ? and code_insee = ? and moderation_status = 'validee'
                order by id limit 1""", MELUN);
        return melun.flatMap(first -> first("""
                        select id from structure where source = ? and moderation_status = 'validee' and id <> ?
                        order by (code_insee like '77%') desc, id limit 1""", first)
                .map(second -> new Found(first, second)));
    }

    private Optional<String> first(String sql, String parameter) {
        return jdbc.prepareStatement(sql, ps -> {
            ps.setString(1, DEMO_SOURCE);
            ps.setString(2, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
        });
    }
}
