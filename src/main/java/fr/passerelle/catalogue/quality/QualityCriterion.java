package fr.passerelle.catalogue.quality;

/**
 * data·inclusion's criteria for a service's {@code score_qualite}, under their own names (the
 * codes partners read in our API), in the order of their {@code CRITERES} list: the mean is
 * summed in that order, as theirs is.
 */
public enum QualityCriterion {
    ADRESSE_BIEN_DEFINIE,
    MODES_MOBILISATION_BIEN_DEFINIS,
    AU_MOINS_UN_PUBLIC,
    AU_MOINS_UNE_THEMATIQUE,
    AU_MOINS_UN_MOYEN_DE_CONTACT,
    COURRIEL_BIEN_DEFINI,
    DATE_MAJ_RECENTE,
    FRAIS_BIEN_DEFINIS,
    DESCRIPTION_BIEN_DEFINIE,
    TELEPHONE_BIEN_DEFINI;

    /** data·inclusion's name, e.g. {@code adresse_bien_definie}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
