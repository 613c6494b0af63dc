package fr.passerelle.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/** A new structure waits for its territory manager before its offers go public. */
public enum ModerationStatus {
    EN_ATTENTE("en_attente", "En attente de validation"),
    VALIDEE("validee", "Validée"),
    REFUSEE("refusee", "Refusée");

    private final String code;
    private final String label;

    ModerationStatus(String code, String label) {
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

    public static ModerationStatus ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown moderation status " + code));
    }
}
