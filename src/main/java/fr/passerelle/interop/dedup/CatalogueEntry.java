package fr.passerelle.interop.dedup;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * An offer as the detector sees it: what the rules compare and what picks the representative.
 *
 * @param exactPoint false when the point is missing or only the commune's centre (imports flag
 *                   it): such points say nothing about the door, so they never make offers "near"
 * @param isPublic   published, of a validated structure: what search can show
 */
record CatalogueEntry(String id, String source, @Nullable String siret, @Nullable String codeInsee, String nom,
                      @Nullable Double latitude, @Nullable Double longitude, boolean exactPoint,
                      @Nullable String telephone, LocalDate dateMaj, boolean isPublic) {

    boolean hasExactPoint() {
        return exactPoint && latitude != null && longitude != null;
    }
}
