package fr.passerelle.account.api;

import fr.passerelle.account.AccountRef;
import fr.passerelle.account.InvitationService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Using an invitation link. Open to visitors: the token is the proof. A signed-in operator
 * joins with his account; a visitor creates his account in the same call.
 */
@Controller("/api/v1/invitations")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class InvitationController {

    @Serdeable
    record AcceptRequest(@Nullable String username, @Nullable String password, @Nullable String nom) {
        @Override
        public String toString() {
            return "AcceptRequest[username=" + username + "]";
        }
    }

    private final InvitationService invitations;

    InvitationController(InvitationService invitations) {
        this.invitations = invitations;
    }

    @Post("/{token}/accepter")
    AccountResponse accept(@PathVariable String token, @Nullable @Body AcceptRequest body,
                           @Nullable Authentication authentication) {
        AccountRef who = AccountRef.optional(authentication).orElse(null);
        InvitationService.NewMember newMember = who != null || body == null || body.username() == null ? null
                : new InvitationService.NewMember(body.username(), body.password(), body.nom());
        return AccountResponse.of(invitations.accept(token, who, newMember));
    }
}
