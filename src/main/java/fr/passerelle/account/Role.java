package fr.passerelle.account;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an account is, one per account (DOMAIN.md "People and roles"). The constant is the
 * code in the database, in tokens ({@code roles} claim) and in the API; visitors have none.
 */
public enum Role {
    BENEFICIAIRE("Bénéficiaire"),
    REFERENT("Référent"),
    OPERATEUR("Opérateur"),
    GESTIONNAIRE("Gestionnaire de territoire"),
    ADMINISTRATEUR("Administrateur");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Role> ofCode(String code) {
        return Arrays.stream(values()).filter(role -> role.name().equals(code)).findFirst();
    }
}
