package fr.passerelle.interop.imports;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * What an import did: rows created, updated, left as they were (same content), rejected (each
 * with the field and the reason, in French), offers archived by a {@code --full} import, and v0
 * thématiques that have no v1 equivalent (kept in the description as "thématiques d'origine").
 */
@Serdeable
public record ImportReport(int imported, int updated, int unchanged, List<Rejection> rejected, int archived,
                           @JsonProperty("thematiques_sans_correspondance") List<String> unmappedThemes) {

    @Serdeable
    public record Rejection(@Nullable String id, String field, String reason) {
    }
}
