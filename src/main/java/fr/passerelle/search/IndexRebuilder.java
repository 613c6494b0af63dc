package fr.passerelle.search;

import fr.passerelle.shared.StartupTask;
import fr.passerelle.shared.outbox.Outbox;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes sure the index exists and matches the mapping, at start-up and on demand: a missing or
 * outdated index (mapping hash differs from the one recorded in {@code reference_load}), or one
 * whose size differs from the published offers' count while the outbox is empty, is rebuilt from PostgreSQL with the mass indexer. If the backend is down at start-up, the
 * check is retried by {@link OfferIndexer} until it succeeds.
 */
@Singleton
public class IndexRebuilder implements StartupTask {

    private static final Logger LOG = LoggerFactory.getLogger(IndexRebuilder.class);
    private static final String REFERENCE_PREFIX = "search-index:";

    /** What a rebuild did; the answer of POST /api/v1/admin/reindex. */
    @Serdeable
    public record Result(long indexed, long durationMs) {
    }

    private final SearchEngine engine;
    private final OfferDocumentLoader loader;
    private final SearchConfiguration configuration;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final Outbox outbox;
    private final AtomicBoolean checked = new AtomicBoolean();
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    public IndexRebuilder(SearchEngine engine, OfferDocumentLoader loader, SearchConfiguration configuration,
                          JdbcOperations jdbc, TransactionOperations<Connection> transactions, Outbox outbox) {
        this.engine = engine;
        this.loader = loader;
        this.configuration = configuration;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.outbox = outbox;
    }

    @Override
    public int order() {
        return SEARCH_INDEX;
    }

    @Override
    public void run() {
        try {
            ensureIndex();
        } catch (RuntimeException e) {
            LOG.warn("Search backend not available at start-up ({}); the index will be checked again", e.getMessage());
        }
    }

    /** True once the index was found (or made) consistent with the mapping. */
    public boolean isChecked() {
        return checked.get();
    }

    public boolean isRebuilding() {
        return rebuilding.get();
    }

    /** Creates a missing index; rebuilds it when empty while offers are published, or when the mapping changed. */
    public synchronized void ensureIndex() {
        if (checked.get()) {
            return;
        }
        try (SearchSession session = engine.mapping().createSession()) {
            session.schemaManager(OfferDocument.class).createIfMissing();
            long indexed = session.search(OfferDocument.class).where(f -> f.matchAll()).fetchTotalHitCount();
            long published = loader.countPublished();
            Optional<String> recorded = recordedHash();
            if (recorded.isEmpty() || !recorded.get().equals(engine.mappingHash())) {
                rebuild(recorded.isEmpty() ? "no mapping recorded for " + engine.backendKey() : "mapping changed");
            } else if (indexed != published && outbox.lag().pending() == 0) {
                // Nothing waits in the outbox, so the index should hold exactly the published offers:
                // a bulk load or an import bypassed the outbox, or the index was lost.
                rebuild("index holds " + indexed + " documents, " + published + " offers are published");
            } else {
                LOG.info("Search index up to date: {} documents, {} published offers", indexed, published);
            }
        }
        checked.set(true);
    }

    /** Drops and rebuilds the index from PostgreSQL; waits until done. */
    public synchronized Result rebuild(String reason) {
        long started = System.nanoTime();
        LOG.info("Rebuilding the search index on {}: {}", engine.backendKey(), reason);
        rebuilding.set(true);
        try (SearchSession session = engine.mapping().createSession()) {
            session.massIndexer(OfferDocument.class)
                    .dropAndCreateSchemaOnStart(true)
                    .threadsToLoadObjects(configuration.getRebuild().getThreads())
                    .batchSizeToLoadObjects(configuration.getRebuild().getBatchSize())
                    .monitor(new ProgressLog(loader.countPublished()))
                    .startAndWait();
            long indexed = session.search(OfferDocument.class).where(f -> f.matchAll()).fetchTotalHitCount();
            recordHash();
            checked.set(true);
            long duration = (System.nanoTime() - started) / 1_000_000;
            LOG.info("Search index rebuilt: {} documents in {} ms", indexed, duration);
            return new Result(indexed, duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Search index rebuild interrupted", e);
        } finally {
            rebuilding.set(false);
        }
    }

    /** Logs the rebuild's progress every tenth (Hibernate Search's own monitor logs through JBoss Logging). */
    private static final class ProgressLog implements MassIndexingMonitor {
        private final long total;
        private final AtomicLong added = new AtomicLong();
        private final AtomicLong nextStep = new AtomicLong();

        ProgressLog(long total) {
            this.total = Math.max(total, 1);
        }

        @Override
        public void documentsAdded(long count) {
            long done = added.addAndGet(count);
            long step = done * 10 / total;
            if (step > nextStep.get() && nextStep.getAndSet(step) < step) {
                LOG.info("Search index rebuild: {} of {} offers indexed", done, total);
            }
        }

        @Override
        public void documentsBuilt(long count) {
        }

        @Override
        public void entitiesLoaded(long count) {
        }

        @Override
        public void indexingCompleted() {
        }
    }

    private Optional<String> recordedHash() {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "select checksum from reference_load where name = ?", ps -> {
                    ps.setString(1, REFERENCE_PREFIX + engine.backendKey());
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                    }
                }));
    }

    private void recordHash() {
        transactions.executeWrite(status -> jdbc.prepareStatement("""
                insert into reference_load (name, checksum) values (?, ?)
                on conflict (name) do update set checksum = excluded.checksum, loaded_at = now()""", ps -> {
            ps.setString(1, REFERENCE_PREFIX + engine.backendKey());
            ps.setString(2, engine.mappingHash());
            return ps.executeUpdate();
        }));
    }
}
