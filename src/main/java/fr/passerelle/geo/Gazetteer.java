package fr.passerelle.geo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one way other rooms ask about places: communes, EPCI, départements, their zones.
 * Reads the reference tables loaded by {@link GazetteerLoader}; everything but the name search is
 * answered from an in-memory snapshot (~35,000 communes).
 */
@Singleton
public class Gazetteer {

    /** The zone code meaning the whole country, as data·inclusion writes it. */
    public static final String FRANCE = "france";

    private static final Pattern POSTCODE_OR_PREFIX = Pattern.compile("\\d{2,5}");

    /*
     * Ranking: exact name, then names starting with the query (largest first), then names with a
     * word starting with it; only when these do not fill the page, names by trigram similarity
     * (a common word like "saint" is similar to a thousand names: scoring them all costs ~100 ms).
     * Arrondissements ("Paris 11e Arrondissement") match for their commune. Keys come from
     * passerelle_search_key (migration V10); the query's key is computed first and passed as a
     * value, so the planner can use the prefix and trigram indexes on commune.nom_key.
     * Placeholders: key, prefix, word, prefix, word, prefix, prefix, limit.
     */
    private static final String NAME_MATCH = """
            with hits as (
                select c.code, c.population,
                       case when c.nom_key = ? then 0 when c.nom_key like ? then 1 else 2 end as rank
                from commune c
                where c.nom_key like ? or c.nom_key like ?
                union all
                select p.code, p.population, case when passerelle_search_key(a.nom) like ? then 1 else 2 end
                from commune_arrondissement a join commune p on p.code = a.commune_code
                where passerelle_search_key(a.nom) like ?
            )
            select code, min(rank) as best, max(population) as population
            from hits
            group by code
            order by best, population desc nulls last, code
            limit ?
            """;

    /** Placeholders: key, key, key, key, limit. */
    private static final String NAME_SIMILAR = """
            with hits as (
                select c.code, c.population, similarity(c.nom_key, ?) as score
                from commune c
                where c.nom_key % ?
                union all
                select p.code, p.population, similarity(passerelle_search_key(a.nom), ?)
                from commune_arrondissement a join commune p on p.code = a.commune_code
                where passerelle_search_key(a.nom) % ?
            )
            select code, max(score) as score, max(population) as population
            from hits
            group by code
            order by score desc, population desc nulls last, code
            limit ?
            """;

    private final TransactionOperations<Connection> transactions;
    private volatile GazetteerSnapshot snapshot;

    public Gazetteer(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** The commune of an INSEE code; an arrondissement code (75111, 69381, 13201) gives its commune. */
    public Optional<Commune> commune(@Nullable String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(snapshot().commune(code.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * Communes matching what a user typed: a postcode (5 digits) or postcode prefix (2–4 digits),
     * else a name, insensitive to case, accents, hyphens, apostrophes and spaces.
     */
    public List<Commune> search(@Nullable String q, int limit) {
        if (q == null || q.isBlank() || limit <= 0) {
            return List.of();
        }
        String compact = q.replaceAll("\\s+", "");
        if (POSTCODE_OR_PREFIX.matcher(compact).matches()) {
            return byPostcode(compact, limit);
        }
        GazetteerSnapshot places = snapshot();
        return transactions.executeRead(status -> {
            try {
                String key = sqlSearchKey(status.getConnection(), q);
                if (key.isEmpty()) {
                    return List.<Commune>of();
                }
                String prefix = key + "%";
                String word = "% " + key + "%";
                Set<Commune> found = new LinkedHashSet<>();
                addCommunes(status.getConnection(), places, found, NAME_MATCH,
                        key, prefix, prefix, word, prefix, prefix, limit);
                if (found.size() < limit) {
                    // Asks for enough to fill the page after skipping what the first query found.
                    addCommunes(status.getConnection(), places, found, NAME_SIMILAR,
                            key, key, key, key, limit + found.size());
                }
                return found.stream().limit(limit).toList();
            } catch (SQLException e) {
                throw new IllegalStateException("Commune search failed for " + q, e);
            }
        });
    }

    public Optional<Region> region(@Nullable String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(snapshot().regions().get(code));
    }

    public Optional<Departement> departement(@Nullable String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(snapshot().departements().get(code.strip().toUpperCase(Locale.ROOT)));
    }

    public Optional<Epci> epci(@Nullable String siren) {
        return siren == null ? Optional.empty() : Optional.ofNullable(snapshot().epcis().get(siren.strip()));
    }

    /** The 101 départements, by code. */
    public List<Departement> departements() {
        return snapshot().departementList();
    }

    /** The EPCI having at least one commune in the département, by name. */
    public List<Epci> epcisOfDepartement(String code) {
        return snapshot().epcisByDepartement().getOrDefault(code, List.of());
    }

    /** The communes of a département, by name. */
    public List<Commune> communesOfDepartement(String code) {
        return snapshot().communesByDepartement().getOrDefault(code, List.of());
    }

    /**
     * The zone codes that cover a commune: its code, its EPCI, its département and {@value #FRANCE}.
     * data·inclusion's rule: an offer serves the commune when its zone_eligibilite is empty or holds
     * one of them.
     */
    public List<String> zoneCodesOf(Commune commune) {
        List<String> codes = new ArrayList<>(4);
        codes.add(commune.code());
        if (commune.epciCode() != null) {
            codes.add(commune.epciCode());
        }
        codes.add(commune.departementCode());
        codes.add(FRANCE);
        return List.copyOf(codes);
    }

    /**
     * Says who an eligibility zone is for, in French: "Habitants de Seine-et-Marne",
     * "Habitants de Melun et de la CA Melun Val de Seine", "Toute la France".
     */
    public String describeZone(@Nullable List<String> codes) {
        if (codes == null || codes.isEmpty() || codes.stream().anyMatch(FRANCE::equalsIgnoreCase)) {
            return "Toute la France";
        }
        GazetteerSnapshot places = snapshot();
        Set<String> parts = new LinkedHashSet<>();
        for (String code : codes) {
            if (code != null && !code.isBlank()) {
                parts.add(ZoneWording.of(places, code.strip()));
            }
        }
        if (parts.isEmpty()) {
            return "Toute la France";
        }
        return "Habitants " + ZoneWording.joinWithEt(List.copyOf(parts));
    }

    /** Drops the snapshot after a reload; the next question reads the tables again. */
    void forget() {
        snapshot = null;
    }

    private List<Commune> byPostcode(String prefix, int limit) {
        GazetteerSnapshot places = snapshot();
        // Digits are never taken for an INSEE code here: 69003 is a Lyon postcode and Albigny's code.
        return places.communesWithPostcodePrefix(prefix).stream()
                .sorted(Comparator.comparing((Commune c) -> c.population() == null ? 0 : c.population()).reversed()
                        .thenComparing(Commune::code))
                .limit(limit)
                .toList();
    }

    private GazetteerSnapshot snapshot() {
        GazetteerSnapshot current = snapshot;
        if (current == null) {
            synchronized (this) {
                current = snapshot;
                if (current == null) {
                    current = transactions.executeRead(status -> GazetteerSnapshot.read(status.getConnection()));
                    snapshot = current;
                }
            }
        }
        return current;
    }

    private static void addCommunes(Connection connection, GazetteerSnapshot places, Set<Commune> found,
                                    String sql, Object... values) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                query.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Commune commune = places.commune(rows.getString("code"));
                    if (commune != null) {
                        found.add(commune);
                    }
                }
            }
        }
    }

    private static String sqlSearchKey(Connection connection, String text) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select passerelle_search_key(?)")) {
            query.setString(1, text);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                String key = rows.getString(1);
                return key == null ? "" : key;
            }
        }
    }
}
