package fr.passerelle.search;

import fr.passerelle.shared.Bootstrap;
import fr.passerelle.shared.Sql;
import fr.passerelle.shared.outbox.Outbox;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.hibernate.search.mapper.pojo.standalone.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies the outbox to the index, oldest row first: reloads each changed offer from PostgreSQL,
 * writes published ones, deletes the others, then deletes the rows, all in one transaction. A
 * failure (backend down) rolls back, keeps the rows and retries with exponential backoff.
 * Idempotent: an offer is always written from its current state, so replays are harmless.
 * Rows are locked with SKIP LOCKED, so several application nodes can run it side by side.
 */
@Context // created at start-up, so that its schedule never starts while the application stops
@Requires(property = "passerelle.search.indexer.enabled", notEquals = "false")
public class OfferIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(OfferIndexer.class);

    private record Row(long id, String type, String aggregateId) {
    }

    private final SearchEngine engine;
    private final IndexRebuilder rebuilder;
    private final OfferDocumentLoader loader;
    private final Bootstrap bootstrap;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final SearchConfiguration.Indexer settings;

    private int failures;
    private long nextAttemptNanos = System.nanoTime();

    public OfferIndexer(SearchEngine engine, IndexRebuilder rebuilder, OfferDocumentLoader loader, Bootstrap bootstrap,
                        JdbcOperations jdbc, TransactionOperations<Connection> transactions,
                        SearchConfiguration configuration) {
        this.engine = engine;
        this.rebuilder = rebuilder;
        this.loader = loader;
        this.bootstrap = bootstrap;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.settings = configuration.getIndexer();
    }

    @Scheduled(fixedDelay = "${passerelle.search.indexer.poll-interval:200ms}", initialDelay = "200ms")
    synchronized void poll() {
        if (!bootstrap.isReady() || rebuilder.isRebuilding() || System.nanoTime() < nextAttemptNanos) {
            return;
        }
        try {
            rebuilder.ensureIndex();
            int applied;
            do {
                applied = drainOnce();
            } while (applied == settings.getBatchSize());
            if (failures > 0) {
                LOG.info("Search indexing resumed after {} failed attempts", failures);
            }
            failures = 0;
        } catch (RuntimeException e) {
            failures++;
            Duration backoff = backoff(failures);
            nextAttemptNanos = System.nanoTime() + backoff.toNanos();
            LOG.warn("Search indexing failed (attempt {}), next try in {} ms: {}", failures, backoff.toMillis(),
                    e.getMessage());
            LOG.debug("Search indexing failure", e);
        }
    }

    Duration backoff(int failedAttempts) {
        long initial = settings.getInitialBackoff().toMillis();
        long millis = initial << Math.min(failedAttempts - 1, 20);
        return Duration.ofMillis(Math.min(millis, settings.getMaxBackoff().toMillis()));
    }

    /** Applies up to one batch of outbox rows; returns how many rows were consumed. */
    int drainOnce() {
        return transactions.executeWrite(status -> {
            List<Row> rows = jdbc.prepareStatement("""
                    select id, aggregate_type, aggregate_id from outbox
                    order by id limit ? for update skip locked""", ps -> {
                ps.setInt(1, settings.getBatchSize());
                List<Row> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3)));
                    }
                }
                return found;
            });
            if (rows.isEmpty()) {
                return 0;
            }
            Set<String> offerIds = new LinkedHashSet<>();
            Set<String> structureIds = new LinkedHashSet<>();
            for (Row row : rows) {
                switch (row.type()) {
                    case Outbox.OFFER -> offerIds.add(row.aggregateId());
                    // Offers carry their structure's name.
                    case Outbox.STRUCTURE -> structureIds.add(row.aggregateId());
                    default -> LOG.debug("Outbox row {} of type {} is not for search", row.id(), row.type());
                }
            }
            offerIds.addAll(loader.offerIdsOfStructures(structureIds));
            if (!offerIds.isEmpty()) {
                apply(loader.load(offerIds));
            }
            List<String> consumed = rows.stream().map(row -> Long.toString(row.id())).toList();
            jdbc.prepareStatement("delete from outbox where id = any(?::bigint[])", ps -> {
                Sql.setTextArray(ps, 1, consumed);
                return ps.executeUpdate();
            });
            LOG.debug("Indexed {} offers from {} outbox rows", offerIds.size(), rows.size());
            return rows.size();
        });
    }

    /**
     * Writes and deletes documents, waiting until they are searchable. One indexing plan per batch:
     * one commit and one refresh for the whole batch (a SearchIndexer call per document would
     * commit each document, an fsync each).
     */
    void apply(OfferDocumentLoader.Batch batch) {
        try (SearchSession session = engine.mapping().createSessionWithOptions()
                .indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.sync()).build()) {
            SearchIndexingPlan plan = session.indexingPlan();
            batch.documents().forEach(plan::addOrUpdate);
            batch.deletions().forEach(id -> plan.purge(OfferDocument.class, id, null));
        }
    }
}
