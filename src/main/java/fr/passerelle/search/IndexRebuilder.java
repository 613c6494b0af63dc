package fr.passerelle.search;

import fr.passerelle.shared.StartupTask;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.hibernate.search.mapper.pojo.standalone.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Makes sure the index exists and matches the mapping, at start-up and on demand: a missing,
 * empty or outdated index (mapping hash differs from the one recorded in {@code reference_load})
 * is rebuilt from PostgreSQL with the mass indexer. If the backend is down at start-up, the
 * check is retried by {@link OfferIndexer} until it succeeds.
 */
@Singleton
public class IndexRebuilder implements StartupTask {

    private static final Logger LOG = LoggerFactory.getLogger(IndexRebuilder.class);
    private static final String REFERENCE_PREFIX = "search-index:";

    /** What a rebuild did. */
    public record Result(long indexed, long durationMs) {
    }

    private final SearchEngine engine;
    private final OfferDocumentLoader loader;
    private final SearchConfiguration configuration;
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final AtomicBoolean checked = new AtomicBoolean();
    private final AtomicBoolean rebuilding = new AtomicBoolean();

    public IndexRebuilder(SearchEngine engine, OfferDocumentLoader loader, SearchConfiguration configuration,
                          JdbcOperations jdbc, TransactionOperations<Connection> transactions) {
        this.engine = engine;
        this.loader = loader;
        this.configuration = configuration;
        this.jdbc = jdbc;
        this.transactions = transactions;
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
            } else if (indexed == 0 && published > 0) {
                rebuild("index is empty, " + published + " offers are published");
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
