package fr.passerelle.catalogue;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** Catalogue filters as a partner or a page sends them, before they are checked. */
public record OfferFilterRequest(List<String> sources, List<String> thematiques, @Nullable String codeDepartement,
                                 @Nullable String codeCommune, List<String> frais, List<String> publics,
                                 List<String> modesAccueil, List<String> types, @Nullable String structureId,
                                 @Nullable String regleAcces) {
}
