package fr.passerelle.catalogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One value of a reference list, with the French label users read. */
@Serdeable
public record VocabularyTerm(String value, String label, @Nullable String description) {
}
