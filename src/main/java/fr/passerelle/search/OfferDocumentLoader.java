package fr.passerelle.search;

import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.OfferRepository;
import fr.passerelle.catalogue.StructureRepository;
import fr.passerelle.interop.dedup.DuplicateClusters;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads offers from PostgreSQL and maps them to documents, for the indexer and the rebuild
 * alike (one path, so a rebuild and an update produce the same document).
 */
@Singleton
public class OfferDocumentLoader {

    /** The state of a batch of offers: documents to write, ids to delete (not public, or gone). */
    public record Batch(List<OfferDocument> documents, List<String> deletions) {
    }

    private final OfferRepository offers;
    private final StructureRepository structures;
    private final OfferDocumentMapper mapper;
    private final TransactionOperations<Connection> transactions;
    private final DuplicateClusters duplicates;

    public OfferDocumentLoader(OfferRepository offers, StructureRepository structures, OfferDocumentMapper mapper,
                               TransactionOperations<Connection> transactions, DuplicateClusters duplicates) {
        this.duplicates = duplicates;
        this.offers = offers;
        this.structures = structures;
        this.mapper = mapper;
        this.transactions = transactions;
    }

    /** Joins the caller's transaction, or reads in a new one. */
    public Batch load(Collection<String> ids) {
        return transactions.executeRead(status -> {
            List<Offer> found = offers.findByIds(List.copyOf(ids));
            // Only validated structures' offers are public: the others are deleted from the index
            // (twin of OfferCatalogue.isPublic and of the rebuild's id query).
            Map<String, String> names = structures.findValidatedNames(
                    found.stream().map(Offer::structureId).distinct().toList());
            // One result per duplicate cluster: the offers another one stands for are left out
            // (interop.dedup queues them whenever clusters change; twin of countPublished below).
            Set<String> hidden = duplicates.hiddenAmong(found.stream().map(Offer::id).toList());
            List<OfferDocument> documents = new ArrayList<>();
            List<String> deletions = new ArrayList<>(ids);
            for (Offer offer : found) {
                if (offer.isPublished() && names.containsKey(offer.structureId()) && !hidden.contains(offer.id())) {
                    documents.add(mapper.document(offer, names.get(offer.structureId())));
                    deletions.remove(offer.id());
                }
            }
            return new Batch(documents, deletions);
        });
    }

    public List<String> publishedIdsAfter(String afterId, int limit) {
        return transactions.executeRead(status -> offers.findPublishedIdsAfter(afterId, limit));
    }

    /** What the index should hold: public offers, but those hidden behind their duplicate cluster's representative. */
    public long countPublished() {
        return transactions.executeRead(status -> offers.countPublished() - duplicates.countHiddenPublic());
    }

    public List<String> offerIdsOfStructures(Collection<String> structureIds) {
        return transactions.executeRead(status -> offers.findIdsByStructures(structureIds));
    }
}
