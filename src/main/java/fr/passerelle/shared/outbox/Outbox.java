package fr.passerelle.shared.outbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The transactional outbox: every catalogue write records "this aggregate changed" in the same
 * transaction as its rows; the search indexer reads and applies these rows later. Only the
 * aggregate's id is recorded: consumers reload its current state (so replaying is harmless).
 */
@Singleton
public class Outbox {

    public static final String OFFER = "offer";
    public static final String STRUCTURE = "structure";

    /** How far behind the consumers are: rows waiting and the age of the oldest. */
    @Serdeable
    public record Lag(long pending, @JsonProperty("oldest_age_seconds") long oldestAgeSeconds) {
    }

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    public Outbox(JdbcOperations jdbc, TransactionOperations<Connection> transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Records a change of {@code aggregateType} {@code id}; must run inside the writer's transaction
     * (a row recorded outside it could survive a rolled-back write, or be lost with a committed one).
     */
    public void record(String aggregateType, String id) {
        recordAll(aggregateType, List.of(id));
    }

    /** {@link #record} for many records at once, in one batch. */
    public void recordAll(String aggregateType, Collection<String> ids) {
        if (transactions.findTransactionStatus().isEmpty()) {
            throw new IllegalStateException("Outbox.record must run inside the write's transaction");
        }
        if (ids.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("insert into outbox (aggregate_type, aggregate_id) values (?, ?)", ps -> {
            for (String id : ids) {
                ps.setString(1, aggregateType);
                ps.setString(2, id);
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    public Lag lag() {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "select count(*), min(created_at) from outbox", ps -> {
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        Timestamp oldest = rs.getTimestamp(2);
                        long age = oldest == null ? 0
                                : Math.max(0, Duration.between(oldest.toInstant(), Instant.now(clock)).toSeconds());
                        return new Lag(rs.getLong(1), age);
                    }
                }));
    }
}
