package fr.passerelle.account.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.passerelle.account.Membership;
import fr.passerelle.account.Profile;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * GET /api/v1/me and the answer to a sign-up: who I am, where I work, what I manage. No e-mail.
 * Empty lists are written out: clients read one shape whatever the role.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record AccountResponse(String username, String nom, String role, List<String> roles,
                       List<StructureRef> structures,
                       @JsonProperty("demandes_en_attente") List<StructureRef> pendingRequests,
                       List<String> departements) {

    @Serdeable
    record StructureRef(String id, String nom, String role) {
        static StructureRef of(Membership membership) {
            return new StructureRef(membership.structureId(), membership.structureNom(), membership.role().code());
        }
    }

    static AccountResponse of(Profile profile) {
        return new AccountResponse(profile.username(), profile.displayName(), profile.role().name(),
                List.of(profile.role().name()), profile.structures().stream().map(StructureRef::of).toList(),
                profile.pendingRequests().stream().map(StructureRef::of).toList(), profile.departements());
    }
}
