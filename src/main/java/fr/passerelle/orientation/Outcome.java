package fr.passerelle.orientation;

import com.fasterxml.jackson.annotation.JsonValue;
import fr.passerelle.shared.Coded;

/** How a request ended once the person entered ({@code motif} of a move to TERMINEE). */
public enum Outcome implements Coded {
    EMPLOI_DURABLE("emploi-durable", "Emploi durable"),
    EMPLOI_TRANSITION("emploi-de-transition", "Emploi de transition"),
    FORMATION_QUALIFIANTE("formation-qualifiante", "Formation qualifiante"),
    SORTIE_POSITIVE("sortie-positive", "Autre sortie positive"),
    ABANDON("abandon", "Abandon"),
    AUTRE("autre", "Autre");

    private final String code;
    private final String label;

    Outcome(String code, String label) {
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
