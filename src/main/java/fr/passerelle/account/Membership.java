package fr.passerelle.account;

/** An account's link to a structure, with the structure's name for display. */
public record Membership(long accountId, String username, String structureId, String structureNom,
                         MembershipRole role, MembershipStatus status) {

    public boolean isActive() {
        return status == MembershipStatus.ACTIVE;
    }

    public boolean isActiveAdmin() {
        return isActive() && role == MembershipRole.ADMIN;
    }
}
