package fr.passerelle.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;
import fr.passerelle.shared.Coded;


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

    public static ModerationStatus ofCode(String code) {
        return Coded.find(ModerationStatus.class, code)
                .orElseThrow(() -> new IllegalArgumentException("Unknown moderation status " + code));
    }
}
