package fr.passerelle.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;
import fr.passerelle.shared.DomainException;

import java.util.Arrays;

/** Lifecycle of an offer. Only {@link #PUBLIEE} offers are public and indexed. */
public enum OfferStatus {
    BROUILLON("brouillon", "Brouillon"),
    PUBLIEE("publiee", "Publiée"),
    SUSPENDUE("suspendue", "Suspendue"),
    ARCHIVEE("archivee", "Archivée");

    private final String code;
    private final String label;

    OfferStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static OfferStatus ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> DomainException.badParameter("status", "Statut d'offre inconnu : « " + code + " »."));
    }
}
