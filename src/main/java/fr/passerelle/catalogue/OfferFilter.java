package fr.passerelle.catalogue;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Set;

/**
 * Filters of the catalogue lists (data·inclusion's, plus ours). Empty collections and nulls
 * mean "no filter". {@code thematiques} is already expanded from categories. {@code publicOnly}
 * keeps what visitors may see: offers of validated structures (with {@code statuses}
 * = published, the public catalogue).
 */
public record OfferFilter(List<String> sources, Set<String> thematiques, @Nullable String codeDepartement,
                          @Nullable String codeCommune, List<String> frais, List<String> publics,
                          List<String> modesAccueil, List<String> types, @Nullable String structureId,
                          @Nullable AccessRule accessRule, List<OfferStatus> statuses, @Nullable String text,
                          boolean publicOnly) {

    /** Back-office filters: every structure, whatever its moderation. */
    public OfferFilter(List<String> sources, Set<String> thematiques, @Nullable String codeDepartement,
                       @Nullable String codeCommune, List<String> frais, List<String> publics,
                       List<String> modesAccueil, List<String> types, @Nullable String structureId,
                       @Nullable AccessRule accessRule, List<OfferStatus> statuses, @Nullable String text) {
        this(sources, thematiques, codeDepartement, codeCommune, frais, publics, modesAccueil, types, structureId,
                accessRule, statuses, text, false);
    }

    /** The public catalogue: published offers of validated structures. */
    public static OfferFilter publishedOnly() {
        return new OfferFilter(List.of(), Set.of(), null, null, List.of(), List.of(), List.of(), List.of(), null,
                null, List.of(OfferStatus.PUBLIEE), null, true);
    }

    public OfferFilter withText(@Nullable String newText) {
        return new OfferFilter(sources, thematiques, codeDepartement, codeCommune, frais, publics, modesAccueil,
                types, structureId, accessRule, statuses, newText, publicOnly);
    }
}
