package fr.passerelle.orientation;

import com.fasterxml.jackson.annotation.JsonValue;
import fr.passerelle.shared.Coded;
import fr.passerelle.shared.DomainException;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a request stands (DOMAIN.md, Orientation). The constant is the code in the database and
 * the API. Status changes only through {@link #moveTo}; who may make each move is
 * {@code OrientationService#mayMove}, its twin rule.
 */
public enum OrientationStatus implements Coded {
    DEMANDEE("Demandée"),
    A_VALIDER("À valider par le référent"),
    TRANSMISE("Transmise à la structure"),
    EN_ETUDE("À l'étude"),
    ACCEPTEE("Acceptée"),
    REFUSEE("Refusée par la structure"),
    ENTREE("Entrée"),
    TERMINEE("Terminée"),
    REFUSEE_REFERENT("Refusée par le référent"),
    ANNULEE("Annulée"),
    EXPIREE("Expirée");

    private final String label;

    OrientationStatus(String label) {
        this.label = label;
    }

    @Override
    @JsonValue
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }

    /** The next status, or a 409 when the workflow has no such move. */
    public OrientationStatus moveTo(OrientationStatus next) {
        if (!canMoveTo(next)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "Cette demande est « " + label
                    + " » : elle ne peut pas passer à « " + next.label + " ».");
        }
        return next;
    }

    public boolean canMoveTo(OrientationStatus next) {
        return switch (this) { // exhaustive: a new status does not compile until its exits are written
            case DEMANDEE -> next == A_VALIDER || next == TRANSMISE || next == ANNULEE;
            case A_VALIDER -> next == TRANSMISE || next == REFUSEE_REFERENT || next == ANNULEE || next == EXPIREE;
            case TRANSMISE -> next == EN_ETUDE || next == ACCEPTEE || next == REFUSEE || next == ANNULEE
                    || next == EXPIREE;
            case EN_ETUDE -> next == ACCEPTEE || next == REFUSEE || next == ANNULEE || next == EXPIREE;
            // Accepted but never came: refused « pas venu »; or the requester withdraws.
            case ACCEPTEE -> next == ENTREE || next == REFUSEE || next == ANNULEE;
            case ENTREE -> next == TERMINEE;
            case REFUSEE, TERMINEE, REFUSEE_REFERENT, ANNULEE, EXPIREE -> false;
        };
    }

    /** Ended: no move leaves it. */
    public boolean isFinal() {
        return Arrays.stream(values()).noneMatch(this::canMoveTo);
    }

    /** Waiting for an answer of the structure (reminder at 10 days, expiry at 30). */
    public boolean awaitsStructure() {
        return this == TRANSMISE;
    }

    public static Optional<OrientationStatus> ofCode(String code) {
        return Coded.find(OrientationStatus.class, code);
    }
}
