package fr.passerelle.catalogue;

import io.micronaut.core.annotation.Nullable;

/** Public contact of an offer: a service desk, never a beneficiary. */
public record Contact(@Nullable String telephone, @Nullable String courriel, @Nullable String nomPrenom) {

    public static final Contact NONE = new Contact(null, null, null);
}
