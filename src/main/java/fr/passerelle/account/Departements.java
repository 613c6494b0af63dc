package fr.passerelle.account;

import io.micronaut.core.annotation.Nullable;

import java.util.Optional;

/**
 * The département of a commune from its INSEE code: two characters (2A and 2B for Corsica),
 * three overseas (97x, 98x). Exact for every INSEE commune code, so no gazetteer lookup is
 * needed; the geo room's gazetteer gives the same answer.
 */
final class Departements {

    private Departements() {
    }

    static Optional<String> ofCommune(@Nullable String codeInsee) {
        if (codeInsee == null || codeInsee.length() != 5) {
            return Optional.empty();
        }
        return Optional.of(codeInsee.startsWith("97") || codeInsee.startsWith("98")
                ? codeInsee.substring(0, 3) : codeInsee.substring(0, 2));
    }
}
