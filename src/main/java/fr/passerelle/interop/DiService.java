package fr.passerelle.interop;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.passerelle.catalogue.ClauseSociale;
import fr.passerelle.catalogue.OfferSession;
import fr.passerelle.catalogue.SiaeBlock;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * A service exactly as data·inclusion v1 defines it (service.json), with every Passerelle
 * addition under the single key {@code passerelle}. Imports and exports share this field list.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DiService(
        String id,
        String source,
        @JsonProperty("structure_id") String structureId,
        String nom,
        String description,
        @Nullable String type,
        @Nullable List<String> thematiques,
        @Nullable String frais,
        @JsonProperty("frais_precisions") @Nullable String fraisPrecisions,
        @Nullable List<String> publics,
        @JsonProperty("publics_precisions") @Nullable String publicsPrecisions,
        @JsonProperty("conditions_acces") @Nullable String conditionsAcces,
        @Nullable String adresse,
        @JsonProperty("complement_adresse") @Nullable String complementAdresse,
        @JsonProperty("code_postal") @Nullable String codePostal,
        @JsonProperty("code_insee") @Nullable String codeInsee,
        @Nullable String commune,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable String telephone,
        @Nullable String courriel,
        @JsonProperty("contact_nom_prenom") @Nullable String contactNomPrenom,
        @JsonProperty("modes_accueil") @Nullable List<String> modesAccueil,
        @JsonProperty("zone_eligibilite") @Nullable List<String> zoneEligibilite,
        @JsonProperty("modes_mobilisation") @Nullable List<String> modesMobilisation,
        @JsonProperty("mobilisable_par") @Nullable List<String> mobilisablePar,
        @JsonProperty("mobilisation_precisions") @Nullable String mobilisationPrecisions,
        @JsonProperty("lien_mobilisation") @Nullable String lienMobilisation,
        @JsonProperty("lien_source") @Nullable String lienSource,
        @JsonProperty("horaires_accueil") @Nullable String horairesAccueil,
        @JsonProperty("volume_horaire_hebdomadaire") @Nullable Double volumeHoraireHebdomadaire,
        @JsonProperty("nombre_semaines") @Nullable Integer nombreSemaines,
        @JsonProperty("date_maj") LocalDate dateMaj,
        // Computed on the way out, as data·inclusion's API does (catalogue.quality); ignored on the way in.
        @JsonProperty("score_qualite") @Nullable Double scoreQualite,
        @Nullable Passerelle passerelle) {

    /** Passerelle's own fields: lifecycle, access rule, sessions, SIAE and clause blocks. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Passerelle(
            int version,
            String statut,
            @JsonProperty("suspendue_jusqu_au") @Nullable LocalDate suspendueJusquAu,
            @JsonProperty("frequence_maj_mois") int frequenceMajMois,
            @JsonProperty("a_mettre_a_jour") boolean aMettreAJour,
            @JsonProperty("verifie_le") @Nullable LocalDate verifieLe,
            @JsonProperty("verifie_par") @Nullable String verifiePar,
            @JsonProperty("regle_acces") String regleAcces,
            @JsonProperty("publics_regle_acces") List<String> publicsRegleAcces,
            List<String> langues,
            List<String> familles,
            List<OfferSession> sessions,
            @Nullable SiaeBlock siae,
            @JsonProperty("clause_sociale") @Nullable ClauseSociale clauseSociale) {
    }
}
