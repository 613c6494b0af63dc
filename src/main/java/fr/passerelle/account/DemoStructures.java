package fr.passerelle.account;

import fr.passerelle.catalogue.OfferCatalogue;
import fr.passerelle.catalogue.demo.DemoCatalogue;
import fr.passerelle.catalogue.demo.DemoCatalogueLoader;
import fr.passerelle.shared.DomainException;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Where the demo operators work, as the demo catalogue promises ({@link DemoCatalogue}):
 * "Passerelle Emploi Melun" for operateur1, an ACI in Meaux for operateur2. Empty when the
 * demo catalogue is not in the database, which keeps demo accounts out of real deployments.
 */
@Singleton
class DemoStructures {

    /** The two structures, found. */
    record Found(String operator1StructureId, String operator2StructureId) {
    }

    private final DemoCatalogueLoader demo;
    private final OfferCatalogue catalogue;

    DemoStructures(DemoCatalogueLoader demo, OfferCatalogue catalogue) {
        this.demo = demo;
        this.catalogue = catalogue;
    }

    /** Loaded at this start, or at an earlier one (its structures are there, with their stable ids). */
    Optional<Found> find() {
        DemoCatalogue promised = demo.catalogue();
        Found found = new Found(promised.firstOperatorStructure(), promised.secondOperatorStructure());
        if (demo.loaded() || (exists(found.operator1StructureId()) && exists(found.operator2StructureId()))) {
            return Optional.of(found);
        }
        return Optional.empty();
    }

    private boolean exists(String structureId) {
        try {
            catalogue.structure(structureId);
            return true;
        } catch (DomainException notFound) {
            return false;
        }
    }
}
