package fr.passerelle.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;
import fr.passerelle.shared.Coded;
import fr.passerelle.shared.DomainException;


/** A new structure waits for its territory manager before its offers go public. */
public enum ModerationStatus implements Coded {
    EN_ATTENTE("en_attente", "En attente de validation"),
    VALIDEE("validee", "Validée"),
    REFUSEE("refusee", "Refusée");

    private final String code;
    private final String label;

    ModerationStatus(String code, String label) {
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

    /**
     * A manager's decision: a waiting structure is validated or refused; he may change his mind
     * later (a refused structure validated, a validated one refused). Deciding twice the same is a 409.
     */
    public ModerationStatus moveTo(ModerationStatus next) {
        boolean allowed = switch (this) {
            case EN_ATTENTE -> next == VALIDEE || next == REFUSEE;
            case VALIDEE -> next == REFUSEE;
            case REFUSEE -> next == VALIDEE;
        };
        if (!allowed) {
            throw new DomainException(DomainException.Kind.CONFLICT,
                    "Cette structure est déjà « " + label.toLowerCase() + " » : rien à changer.");
        }
        return next;
    }

    public static ModerationStatus ofCode(String code) {
        return Coded.find(ModerationStatus.class, code)
                .orElseThrow(() -> new IllegalArgumentException("Unknown moderation status " + code));
    }
}
