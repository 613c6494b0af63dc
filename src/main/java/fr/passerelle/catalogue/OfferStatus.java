package fr.passerelle.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;
import fr.passerelle.shared.Coded;
import fr.passerelle.shared.DomainException;

/** Lifecycle of an offer. Only {@link #PUBLIEE} offers are public and indexed. */
public enum OfferStatus implements Coded {
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

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    public static OfferStatus ofCode(String code) {
        return Coded.find(OfferStatus.class, code)
                .orElseThrow(() -> DomainException.badParameter("status", "Statut d'offre inconnu : « " + code + " »."));
    }
}
