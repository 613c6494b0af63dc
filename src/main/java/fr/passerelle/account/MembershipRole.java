package fr.passerelle.account;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/** An operator's place in a structure: admins accept members and invite colleagues. */
public enum MembershipRole {
    ADMIN("admin"),
    MEMBRE("membre");

    private final String code;

    MembershipRole(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static MembershipRole ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown membership role " + code));
    }
}
