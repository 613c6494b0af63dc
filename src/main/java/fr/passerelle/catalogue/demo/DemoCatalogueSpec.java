package fr.passerelle.catalogue.demo;

import java.time.LocalDate;

/**
 * What to generate. {@code today} anchors every date (updates, sessions, suspensions), so the
 * same spec always gives the same catalogue, whatever the day it runs.
 */
public record DemoCatalogueSpec(long seed, int structures, int offers, DemoScope scope, LocalDate today) {

    public DemoCatalogueSpec {
        if (structures < DemoCatalogueGenerator.GUARANTEED_STRUCTURES) {
            throw new IllegalArgumentException("A demo catalogue needs at least "
                    + DemoCatalogueGenerator.GUARANTEED_STRUCTURES + " structures, not " + structures);
        }
        if (offers < DemoCatalogueGenerator.GUARANTEED_OFFERS) {
            throw new IllegalArgumentException("A demo catalogue needs at least "
                    + DemoCatalogueGenerator.GUARANTEED_OFFERS + " offers, not " + offers);
        }
    }
}
