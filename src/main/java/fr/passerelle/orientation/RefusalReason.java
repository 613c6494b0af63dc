package fr.passerelle.orientation;

import com.fasterxml.jackson.annotation.JsonValue;
import fr.passerelle.shared.Coded;

/** Why a structure refuses a request ({@code motif} of a move to REFUSEE). */
public enum RefusalReason implements Coded {
    SESSION_COMPLETE("session-complete", "Session complète"),
    NON_ELIGIBLE("non-eligible", "Non éligible"),
    INJOIGNABLE("injoignable", "Personne injoignable"),
    PAS_VENU("pas-venu", "Personne pas venue"),
    PAS_MOBILE("pas-mobile", "Personne pas mobile"),
    AUTRE("autre", "Autre motif");

    private final String code;
    private final String label;

    RefusalReason(String code, String label) {
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
}
