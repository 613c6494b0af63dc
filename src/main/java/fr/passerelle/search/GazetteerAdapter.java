package fr.passerelle.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ADAPTER TO SWAP: what search needs from the geography room (a commune's point, département
 * and zone codes). Reads the {@code commune} table until {@code fr.passerelle.geo.Gazetteer}
 * (branch geo) is merged; then delegate {@link #commune} to {@code Gazetteer.commune} and
 * {@link Place#zoneCodes} to {@code Gazetteer.zoneCodesOf}, and delete the SQL.
 */
@Singleton
public class GazetteerAdapter {

    /** A commune as search sees it. */
    public record Place(String code, String departementCode, @Nullable String epciCode,
                        double latitude, double longitude) {

        /** Zone codes that make an offer eligible here (DOMAIN.md zone rule): commune, EPCI, département, france. */
        public List<String> zoneCodes() {
            List<String> codes = new ArrayList<>(List.of(code));
            if (epciCode != null) {
                codes.add(epciCode);
            }
            codes.add(departementCode);
            codes.add("france");
            return codes;
        }
    }

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final Map<String, Place> cache = new ConcurrentHashMap<>();

    public GazetteerAdapter(JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    public Optional<Place> commune(@Nullable String code) {
        if (code == null) {
            return Optional.empty();
        }
        Place cached = cache.get(code);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Place> found = transactions.executeRead(status -> jdbc.prepareStatement(
                "select code, departement_code, epci_code, latitude, longitude from commune where code = ?", ps -> {
                    ps.setString(1, code);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next()
                                ? Optional.of(new Place(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getDouble(4), rs.getDouble(5)))
                                : Optional.<Place>empty();
                    }
                }));
        found.ifPresent(place -> cache.put(code, place));
        return found;
    }
}
