package fr.passerelle.catalogue;

import com.fasterxml.jackson.annotation.JsonValue;
import fr.passerelle.shared.Coded;
import fr.passerelle.shared.DomainException;

/** Who may start an orientation towards an offer (DOMAIN.md, access rule). */
public enum AccessRule implements Coded {
    /** Only a referent can prescribe it. */
    PRESCRIPTION("prescription", "Sur prescription d'un professionnel"),
    /** The beneficiary positions herself; her referent validates. */
    VALIDATION("validation", "Demande de la personne, validée par son référent"),
    /** The beneficiary asks directly (auto-prescription); her referent is informed. */
    AUTO("auto", "Demande directe de la personne");

    private final String code;
    private final String label;

    AccessRule(String code, String label) {
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

    public static AccessRule ofCode(String code) {
        return Coded.find(AccessRule.class, code)
                .orElseThrow(() -> DomainException.badParameter("regle_acces",
                        "Règle d'accès inconnue : « " + code + " » (attendu : prescription, validation ou auto)."));
    }
}
