package fr.passerelle.catalogue;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Set;

/**
 * Filters of the catalogue lists (data·inclusion's, plus ours). Empty collections and nulls
 * mean "no filter". {@code thematiques} is already expanded from categories.
 */
public record OfferFilter(List<String> sources, Set<String> thematiques, @Nullable String codeDepartement,
                          @Nullable String codeCommune, List<String> frais, List<String> publics,
                          List<String> modesAccueil, List<String> types, @Nullable String structureId,
                          @Nullable AccessRule accessRule, List<OfferStatus> statuses, @Nullable String text) {

    public static OfferFilter publishedOnly() {
        return new OfferFilter(List.of(), Set.of(), null, null, List.of(), List.of(), List.of(), List.of(), null,
                null, List.of(OfferStatus.PUBLIEE), null);
    }

    public OfferFilter withText(@Nullable String newText) {
        return new OfferFilter(sources, thematiques, codeDepartement, codeCommune, frais, publics, modesAccueil,
                types, structureId, accessRule, statuses, newText);
    }
}
