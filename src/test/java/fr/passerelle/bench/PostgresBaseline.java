package fr.passerelle.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The best plain-PostgreSQL answer to the benchmark's queries, on the same data: a weighted
 * French tsvector (GIN), pg_trgm on names for typos, earthdistance + GiST for the radius,
 * the same zone rule and the same facets. It is what we would have without a search engine.
 */
final class PostgresBaseline implements LoadRunner.Target, AutoCloseable {

    private static final String FACETS = """
            , (select count(*) from hits) as total
            , (select json_object_agg(t, n) from (select unnest(thematiques) t, count(*) n from hits group by 1) f) as thematiques
            , (select json_object_agg(c, n) from (select c, count(distinct id) n from hits,
                 lateral (select split_part(unnest(thematiques), '--', 1) as c) cat group by c) f) as categories
            , (select json_object_agg(coalesce(type, '-'), n) from (select type, count(*) n from hits group by 1) f) as types
            , (select json_object_agg(coalesce(frais, '-'), n) from (select frais, count(*) n from hits group by 1) f) as frais
            , (select json_object_agg(p, n) from (select unnest(publics) p, count(*) n from hits group by 1) f) as publics
            , (select json_object_agg(m, n) from (select unnest(modes_accueil) m, count(*) n from hits group by 1) f) as modes
            """;

    private static final String TEXT_NEAR = """
            with c as (select code, epci_code, departement_code, ll_to_earth(latitude, longitude) as e
                       from commune where code = ?),
                 q as (select websearch_to_tsquery('french', passerelle_fold(?)) as tsq, passerelle_fold(?) as txt),
                 hits as materialized (
                   select b.id, b.thematiques, b.type, b.frais, b.publics, b.modes_accueil,
                          ts_rank(b.tsv, q.tsq) + similarity(b.nom_folded, q.txt) as score
                   from bench_offer b, c, q
                   where (b.tsv @@ q.tsq or b.nom_folded % q.txt)
                     and (cardinality(b.zone) = 0 or b.zone && array[c.code, c.epci_code, c.departement_code, 'france'])
                     and (not b.on_site or (earth_box(c.e, ? * 1000.0) @> b.earth
                                            and earth_distance(c.e, b.earth) <= ? * 1000.0)))
            select (select array_agg(id) from (select id from hits order by score desc, id limit 20) page) as ids
            """ + FACETS;

    private static final String COMMUNE_ONLY = """
            with c as (select code, epci_code, departement_code, ll_to_earth(latitude, longitude) as e
                       from commune where code = ?),
                 hits as materialized (
                   select b.id, case when b.on_site then earth_distance(c.e, b.earth) end as meters
                   from bench_offer b, c
                   where (cardinality(b.zone) = 0 or b.zone && array[c.code, c.epci_code, c.departement_code, 'france'])
                     and (not b.on_site or (earth_box(c.e, 50000.0) @> b.earth and earth_distance(c.e, b.earth) <= 50000.0)))
            select (select array_agg(id) from (select id from hits order by meters nulls last, id limit 20) page) as ids,
                   (select count(*) from hits) as total
            """;

    private static final String CATEGORY_DEPARTEMENT = """
            with hits as materialized (
                   select b.id, b.date_maj from bench_offer b
                   where b.thematiques && (select array_agg(value) from vocabulary
                                           where kind = 'thematique' and value like ? || '--%')
                     and b.departement = ?)
            select (select array_agg(id) from (select id from hits order by date_maj desc, id limit 20) page) as ids,
                   (select count(*) from hits) as total
            """;

    private final BlockingQueue<Connection> connections;

    PostgresBaseline(String jdbcUrl, String user, String password, int poolSize) throws SQLException {
        connections = new ArrayBlockingQueue<>(poolSize);
        for (int i = 0; i < poolSize; i++) {
            connections.add(DriverManager.getConnection(jdbcUrl, user, password));
        }
    }

    /** Builds the baseline's own table and indexes from the published offers; returns its row count. */
    long prepare() throws Exception {
        Connection connection = connections.take();
        try (Statement s = connection.createStatement()) {
            s.execute("create extension if not exists cube");
            s.execute("create extension if not exists earthdistance");
            s.execute("drop table if exists bench_offer");
            s.execute("""
                    create table bench_offer as
                    select o.id, passerelle_fold(o.nom) as nom_folded,
                           setweight(to_tsvector('french', passerelle_fold(o.nom)), 'A')
                           || setweight(to_tsvector('french', passerelle_fold(coalesce(s.nom, ''))), 'B')
                           || setweight(to_tsvector('french', passerelle_fold(o.description)), 'C') as tsv,
                           o.thematiques, o.type, o.frais, o.publics, o.modes_accueil, o.zone_eligibilite as zone,
                           (cardinality(o.modes_accueil) = 0 or 'en-presentiel' = any(o.modes_accueil)) as on_site,
                           case when o.latitude is not null then ll_to_earth(o.latitude, o.longitude) end as earth,
                           c.departement_code as departement, o.date_maj
                    from offer o join structure s on s.id = o.structure_id left join commune c on c.code = o.code_insee
                    where o.status = 'publiee'""");
            s.execute("create index on bench_offer using gin (tsv)");
            s.execute("create index on bench_offer using gin (nom_folded gin_trgm_ops)");
            s.execute("create index on bench_offer using gin (thematiques)");
            s.execute("create index on bench_offer using gist (earth)");
            s.execute("create index on bench_offer (departement, date_maj)");
            s.execute("analyze bench_offer");
            try (ResultSet rs = s.executeQuery("select count(*) from bench_offer")) {
                rs.next();
                return rs.getLong(1);
            }
        } finally {
            connections.put(connection);
        }
    }

    @Override
    public void execute(BenchQuery query) throws Exception {
        Connection connection = connections.take();
        try {
            switch (query.kind()) {
                case TEXT_NEAR -> run(connection, TEXT_NEAR, ps -> {
                    ps.setString(1, query.commune());
                    ps.setString(2, query.text());
                    ps.setString(3, query.text());
                    ps.setInt(4, query.distanceKm());
                    ps.setInt(5, query.distanceKm());
                });
                case COMMUNE_ONLY -> run(connection, COMMUNE_ONLY, ps -> ps.setString(1, query.commune()));
                case CATEGORY_DEPARTEMENT -> run(connection, CATEGORY_DEPARTEMENT, ps -> {
                    ps.setString(1, query.category());
                    ps.setString(2, query.departement());
                });
            }
        } finally {
            connections.put(connection);
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private static void run(Connection connection, String sql, Binder binder) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
            }
        }
    }

    @Override
    public void close() throws SQLException {
        for (Connection connection : connections) {
            connection.close();
        }
    }
}
