package fr.passerelle.account;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/** Only an active membership gives rights over a structure. */
public enum MembershipStatus {
    ACTIVE("active"),
    /** The operator asked to join; one of the structure's admins decides. */
    REQUESTED("requested"),
    /** Reserved for invitations addressed to an existing account (operator workspace). */
    INVITED("invited");

    private final String code;

    MembershipStatus(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static MembershipStatus ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown membership status " + code));
    }
}
