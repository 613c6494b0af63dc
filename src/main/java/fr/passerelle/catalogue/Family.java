package fr.passerelle.catalogue;

import java.util.Set;

/**
 * A family of the beneficiaries' reading of the taxonomy ("Faire garder mes enfants"),
 * over the thématiques it covers.
 */
public record Family(String code, String groupCode, String groupLabel, String label, String beneficiaryLabel,
                     int position, Set<String> thematiques) {

    public static final String SIAE = "siae";
    public static final String CLAUSES_SOCIALES = "clauses-sociales";
}
