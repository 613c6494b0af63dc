package fr.passerelle.catalogue;

import io.micronaut.core.annotation.Nullable;

/** Where a structure or an offer receives people; the point is WGS84. */
public record Address(@Nullable String adresse, @Nullable String complementAdresse, @Nullable String codePostal,
                      @Nullable String codeInsee, @Nullable String commune,
                      @Nullable Double latitude, @Nullable Double longitude) {

    public static final Address NONE = new Address(null, null, null, null, null, null, null);

    public boolean hasPoint() {
        return latitude != null && longitude != null;
    }
}
