package fr.passerelle.catalogue.demo;

import fr.passerelle.catalogue.OfferRepository;
import fr.passerelle.catalogue.StructureRepository;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streams a generated catalogue into PostgreSQL through the catalogue's repositories, in batches,
 * inside one transaction: a failure leaves no half demo behind.
 */
@Singleton
public class DemoCatalogueWriter {

    /** Rows per JDBC batch; the generator is never asked for more than this at once. */
    static final int CHUNK = 1_000;

    /** Counts written. */
    public record Written(int structures, int offers) {
    }

    private final StructureRepository structures;
    private final OfferRepository offers;
    private final TransactionOperations<Connection> transactions;

    public DemoCatalogueWriter(StructureRepository structures, OfferRepository offers,
                               TransactionOperations<Connection> transactions) {
        this.structures = structures;
        this.offers = offers;
        this.transactions = transactions;
    }

    public boolean catalogueIsEmpty() {
        return transactions.executeRead(status -> {
            try (var statement = status.getConnection().createStatement();
                 var rows = statement.executeQuery("select not exists (select 1 from structure)")) {
                rows.next();
                return rows.getBoolean(1);
            }
        });
    }

    /** Writes the whole catalogue; {@code progress} hears the running offer count after each batch. */
    public Written write(DemoCatalogueGenerator generator, Consumer<Integer> progress) {
        return transactions.executeWrite(status -> {
            int structureCount = inBatches(generator.structures().iterator(), structures::insertAll, n -> {
            });
            int offerCount = inBatches(generator.offers().iterator(), offers::insertAll, progress);
            return new Written(structureCount, offerCount);
        });
    }

    private static <T> int inBatches(Iterator<T> rows, Consumer<List<T>> insert, Consumer<Integer> progress) {
        List<T> batch = new ArrayList<>(CHUNK);
        int count = 0;
        while (rows.hasNext()) {
            batch.add(rows.next());
            if (batch.size() == CHUNK || !rows.hasNext()) {
                insert.accept(batch);
                count += batch.size();
                batch = new ArrayList<>(CHUNK);
                progress.accept(count);
            }
        }
        return count;
    }
}
