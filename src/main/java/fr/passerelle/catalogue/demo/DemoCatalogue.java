package fr.passerelle.catalogue.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * What a generated catalogue promises, for other rooms' demo set-up (accounts, orientations):
 * the structures demo operators belong to and the offers they can show.
 *
 * @param today                   the date the catalogue was generated for (staleness, sessions)
 * @param firstOperatorStructure  "Passerelle Emploi Melun" (Melun, 77288): offers with each access
 *                                rule, offers with sessions and places — for {@code operateur1}
 * @param firstOperatorOffers     its offers, in generation order
 * @param secondOperatorStructure "Chantier d'insertion Les Jardins de la Brie" (Meaux, 77284), an
 *                                ACI with SIAE offers and a recruitment session — for {@code operateur2}
 * @param secondOperatorOffers    its offers
 */
public record DemoCatalogue(long seed, DemoScope scope, LocalDate today, int structures, int offers,
                            String firstOperatorStructure, List<String> firstOperatorOffers,
                            String secondOperatorStructure, List<String> secondOperatorOffers) {
}
