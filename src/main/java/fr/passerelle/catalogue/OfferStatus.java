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

    /** The only way an offer changes status: refuses moves that make no sense. */
    public OfferStatus moveTo(OfferStatus next) {
        boolean allowed = switch (this) {
            case BROUILLON -> next == PUBLIEE || next == ARCHIVEE;
            case PUBLIEE -> next == SUSPENDUE || next == ARCHIVEE || next == BROUILLON;
            case SUSPENDUE -> next == PUBLIEE || next == ARCHIVEE;
            case ARCHIVEE -> next == BROUILLON;
        };
        if (!allowed && next != this) {
            throw new DomainException(DomainException.Kind.CONFLICT,
                    "Une offre « " + label.toLowerCase() + " » ne peut pas passer à « " + next.label.toLowerCase() + " ».");
        }
        return next;
    }

    public static OfferStatus ofCode(String code) {
        return Coded.find(OfferStatus.class, code)
                .orElseThrow(() -> DomainException.badParameter("status", "Statut d'offre inconnu : « " + code + " »."));
    }
}
