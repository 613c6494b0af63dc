package fr.passerelle.catalogue;

import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.Page;
import fr.passerelle.shared.PageRequest;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reading the catalogue: what visitors, partners and the pages may see. */
@Singleton
public class OfferCatalogue {

    private final OfferRepository offers;
    private final StructureRepository structures;

    public OfferCatalogue(OfferRepository offers, StructureRepository structures) {
        this.offers = offers;
        this.structures = structures;
    }

    /**
     * A public offer; drafts, suspended and archived offers, and offers of structures not (or
     * not yet) validated by their territory manager, are not found.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Offer publishedOffer(String id) {
        return offers.findById(id).filter(this::isPublic)
                .orElseThrow(() -> DomainException.notFound("L'offre", id));
    }

    /** True when the offer's point is only its commune's: the page says so rather than mislead. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasApproximatePoint(Offer offer) {
        return !offer.address().hasPoint() || offers.hasApproximatePoint(offer.id());
    }

    /**
     * What visitors may see: a published offer of a validated structure. Twin rules:
     * {@link OfferRepository#OF_VALIDATED_STRUCTURE} (lists, index rebuild) and the search loader.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isPublic(Offer offer) {
        return offer.isPublished() && structures.findById(offer.structureId())
                .filter(s -> s.moderationStatus() == ModerationStatus.VALIDEE).isPresent();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Offer> offers(OfferFilter filter, PageRequest page) {
        return offers.findPage(filter, page);
    }

    /** A structure visitors may see: validated by its territory manager. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Structure publicStructure(String id) {
        return structures.findById(id).filter(s -> s.moderationStatus() == ModerationStatus.VALIDEE)
                .orElseThrow(() -> DomainException.notFound("La structure", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Structure structure(String id) {
        return structures.findById(id).orElseThrow(() -> DomainException.notFound("La structure", id));
    }

    /** Names of structures by id, for result cards (one query for a page of offers). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> structureNames(Collection<String> ids) {
        return ids.isEmpty() ? Map.of() : structures.findNames(ids);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Structure> structures(StructureFilter filter, PageRequest page) {
        return structures.findPage(filter, page);
    }

    /** The other public offers of a structure, for its card on an offer page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Offer> publishedOffersOf(String structureId) {
        if (structures.findById(structureId).filter(s -> s.moderationStatus() == ModerationStatus.VALIDEE).isEmpty()) {
            return List.of();
        }
        return offers.findByIds(offers.findIdsByStructure(structureId)).stream().filter(Offer::isPublished).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Structure> antennesOf(String structureId) {
        return structures.findByParent(structureId);
    }
}
