package fr.passerelle.interop.dedup;

import fr.passerelle.shared.outbox.Outbox;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the clusters of likely duplicates over the whole live catalogue and stores them: pairs by
 * the rules ({@link CandidatePairs}), clusters under the admins' decisions ({@link Clustering}).
 * Every offer whose place changed (joined, left, or another representative) goes to the outbox,
 * so the indexer shows one result per cluster.
 */
@Singleton
public class DuplicateDetector {

    private static final Logger LOG = LoggerFactory.getLogger(DuplicateDetector.class);

    /** What a run found. */
    @Serdeable
    public record Report(int clusters, int offers, int changed, long durationMs) {
    }

    private final DuplicateRepository repository;
    private final Outbox outbox;
    private final TransactionOperations<Connection> transactions;

    DuplicateDetector(DuplicateRepository repository, Outbox outbox, TransactionOperations<Connection> transactions) {
        this.repository = repository;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    /** Joins the caller's transaction (an admin decision), or runs in its own. */
    public Report detect() {
        long started = System.nanoTime();
        Report report = transactions.executeWrite(status -> {
            repository.lock();
            List<CatalogueEntry> entries = repository.liveEntries();
            List<CandidatePairs.Pair> pairs = new CandidatePairs(entries).find();
            List<Cluster> clusters = new Clustering(entries).clusters(pairs, repository.decisions(), repository.choices());
            Map<String, DuplicateRepository.Stored> wanted = new HashMap<>();
            for (Cluster cluster : clusters) {
                cluster.members().forEach((id, reasons) ->
                        wanted.put(id, new DuplicateRepository.Stored(cluster.representativeId(), reasons)));
            }
            int changed = store(wanted);
            return new Report(clusters.size(), wanted.size(), changed, 0);
        });
        long duration = (System.nanoTime() - started) / 1_000_000;
        LOG.info("Duplicate detection: {} clusters, {} offers, {} changed, in {} ms", report.clusters(),
                report.offers(), report.changed(), duration);
        return new Report(report.clusters(), report.offers(), report.changed(), duration);
    }

    /** Writes the difference; queues the offers whose visibility or mention changed. */
    private int store(Map<String, DuplicateRepository.Stored> wanted) {
        Map<String, DuplicateRepository.Stored> stored = repository.stored();
        Set<String> gone = new HashSet<>(stored.keySet());
        gone.removeAll(wanted.keySet());
        Map<String, DuplicateRepository.Stored> written = new HashMap<>();
        wanted.forEach((id, row) -> {
            if (!row.equals(stored.get(id))) {
                written.put(id, row);
            }
        });
        Set<String> affected = new TreeSet<>();
        for (String id : gone) {
            affected.add(id);
            affected.add(stored.get(id).representativeId());
        }
        written.forEach((id, row) -> {
            DuplicateRepository.Stored before = stored.get(id);
            if (before == null || !Objects.equals(before.representativeId(), row.representativeId())) {
                affected.add(id);
                affected.add(row.representativeId());
                if (before != null) {
                    affected.add(before.representativeId());
                }
            }
        });
        if (!gone.isEmpty()) {
            repository.deleteMembers(gone);
        }
        if (!written.isEmpty()) {
            repository.saveMembers(written);
        }
        affected.forEach(id -> outbox.record(Outbox.OFFER, id));
        return gone.size() + written.size();
    }
}
