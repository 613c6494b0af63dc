package fr.passerelle.interop;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/** A structure exactly as data·inclusion v1 defines it (structure.json), ours under {@code passerelle}. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DiStructure(
        String id,
        String source,
        @Nullable String siret,
        String nom,
        @Nullable String description,
        @Nullable String adresse,
        @JsonProperty("complement_adresse") @Nullable String complementAdresse,
        @JsonProperty("code_postal") @Nullable String codePostal,
        @JsonProperty("code_insee") @Nullable String codeInsee,
        @Nullable String commune,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable String telephone,
        @Nullable String courriel,
        @JsonProperty("site_web") @Nullable String siteWeb,
        @JsonProperty("lien_source") @Nullable String lienSource,
        @JsonProperty("horaires_accueil") @Nullable String horairesAccueil,
        @JsonProperty("accessibilite_lieu") @Nullable String accessibiliteLieu,
        @JsonProperty("reseaux_porteurs") @Nullable List<String> reseauxPorteurs,
        @JsonProperty("date_maj") LocalDate dateMaj,
        @Nullable Passerelle passerelle) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Passerelle(int version,
                             @Nullable String typologie,
                             @JsonProperty("structure_parente_id") @Nullable String parentId,
                             @JsonProperty("statut_moderation") String statutModeration) {
    }
}
