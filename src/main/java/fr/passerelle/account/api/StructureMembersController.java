package fr.passerelle.account.api;

import fr.passerelle.account.AccountRef;
import fr.passerelle.account.InvitationService;
import fr.passerelle.account.Membership;
import fr.passerelle.account.MembershipRole;
import fr.passerelle.account.StructureMembers;
import fr.passerelle.shared.DomainException;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Members of a structure. Under /api/v1/structures, whose reads are public: the annotation
 * here wins over the public GET rule of application.yml (annotations are checked first).
 */
@Controller("/api/v1/structures/{id}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class StructureMembersController {

    @Serdeable
    record MemberResponse(String username, @JsonProperty("structure_id") String structureId, String role,
                          String statut) {
        static MemberResponse of(Membership membership) {
            return new MemberResponse(membership.username(), membership.structureId(), membership.role().code(),
                    membership.status().code());
        }
    }

    @Serdeable
    record InvitationRequest(@Nullable String email, @Nullable String role) {
        @Override
        public String toString() {
            return "InvitationRequest[role=" + role + "]";
        }
    }

    /** The link goes to the admin who invited, and only to him; the e-mail is not echoed. */
    @Serdeable
    record InvitationResponse(long id, String lien, String token, @JsonProperty("expire_le") Instant expiresAt,
                              @JsonProperty("email_envoye") boolean emailSent) {
    }

    private final StructureMembers members;
    private final InvitationService invitations;
    private final HttpHostResolver hosts;
    private final String publicUrl;

    StructureMembersController(StructureMembers members, InvitationService invitations, HttpHostResolver hosts,
                               @Value("${passerelle.public-url:}") String publicUrl) {
        this.members = members;
        this.invitations = invitations;
        this.hosts = hosts;
        this.publicUrl = publicUrl;
    }

    @Get("/membres")
    List<MemberResponse> list(@PathVariable String id, Authentication authentication) {
        return members.members(AccountRef.of(authentication), id).stream().map(MemberResponse::of).toList();
    }

    /** An operator already signed up asks to join this structure. */
    @Post("/membres")
    HttpResponse<MemberResponse> requestToJoin(@PathVariable String id, Authentication authentication) {
        return HttpResponse.status(HttpStatus.ACCEPTED)
                .body(MemberResponse.of(members.requestToJoin(AccountRef.of(authentication), id)));
    }

    @Post("/membres/{username}/accepter")
    MemberResponse accept(@PathVariable String id, @PathVariable String username, Authentication authentication) {
        return MemberResponse.of(members.accept(AccountRef.of(authentication), id, username));
    }

    @Post("/invitations")
    HttpResponse<InvitationResponse> invite(HttpRequest<?> request, @PathVariable String id,
                                            @Body InvitationRequest body, Authentication authentication) {
        MembershipRole role = body.role() == null ? null : Arrays.stream(MembershipRole.values())
                .filter(r -> r.code().equals(body.role())).findFirst()
                .orElseThrow(() -> DomainException.badParameter("role", "Le rôle doit valoir « admin » ou « membre »."));
        InvitationService.IssuedInvitation issued = invitations.invite(AccountRef.of(authentication), id,
                body.email(), role);
        String base = publicUrl.isBlank() ? hosts.resolve(request) : publicUrl;
        String link = base.replaceAll("/+$", "") + "/invitations/" + issued.token();
        boolean sent = invitations.mailLink(body.email().strip(), id, link);
        return HttpResponse.status(HttpStatus.CREATED)
                .body(new InvitationResponse(issued.id(), link, issued.token(), issued.expiresAt(), sent))
                .header("Cache-Control", "no-store");
    }
}
