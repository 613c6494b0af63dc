package fr.passerelle.account;

import fr.passerelle.catalogue.OfferCatalogue;
import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.mail.Mailer;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A structure's admins invite a colleague by e-mail with a one-time link valid 7 days.
 * Only the SHA-256 of the token is stored: the token is 256 random bits, so a fast hash is
 * enough, and whoever reads the database cannot use pending links.
 */
@Singleton
public class InvitationService {

    static final Duration VALIDITY = Duration.ofDays(7);
    private static final Logger LOG = LoggerFactory.getLogger(InvitationService.class);

    /** The token to put in the link, shown once to the admin who invited. */
    public record IssuedInvitation(long id, String token, Instant expiresAt) {
        @Override
        public String toString() {
            return "IssuedInvitation[id=" + id + "]";
        }
    }

    /** What an invitee without an account chooses. */
    public record NewMember(String username, String password, String nom) {
        @Override
        public String toString() {
            return "NewMember[username=" + username + "]";
        }
    }

    private final SecureRandom random = new SecureRandom();
    private final AccountService accounts;
    private final InvitationRepository invitations;
    private final MembershipRepository memberships;
    private final NewAccounts newAccounts;
    private final OfferCatalogue catalogue;
    private final Clock clock;
    private final Mailer mailer;

    InvitationService(AccountService accounts, InvitationRepository invitations, MembershipRepository memberships,
                      NewAccounts newAccounts, OfferCatalogue catalogue, Clock clock, Mailer mailer) {
        this.mailer = mailer;
        this.accounts = accounts;
        this.invitations = invitations;
        this.memberships = memberships;
        this.newAccounts = newAccounts;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Transactional
    public IssuedInvitation invite(AccountRef who, String structureId, String email, @Nullable MembershipRole role) {
        catalogue.structure(structureId);
        if (!accounts.canAdministerStructure(who, structureId)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN,
                    "Seuls les administrateurs de cette structure peuvent inviter des collègues.");
        }
        String mail = email == null ? "" : email.strip();
        if (mail.length() > 254 || !mail.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            throw DomainException.badParameter("email", "L'adresse e-mail n'est pas valide.");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(VALIDITY);
        long id = invitations.insert(hash(token), mail, structureId, role == null ? MembershipRole.MEMBRE : role,
                who.id(), now, expiresAt);
        LOG.info("Account {} invited a colleague to structure {} (invitation {})", who.id(), structureId, id);
        return new IssuedInvitation(id, token, expiresAt);
    }

    /**
     * E-mails the link to the invited address when an SMTP server is configured (the admin gets it
     * too, to pass on himself). Called after the invitation is committed: a mail failure never
     * undoes it. The subject names no one.
     */
    public boolean mailLink(String email, String structureId, String link) {
        String structure = catalogue.structure(structureId).nom();
        String text = "Bonjour,\n\n"
                + "Vous êtes invité(e) à rejoindre « " + structure + " » sur Passerelle, pour tenir à jour "
                + "ses offres d'insertion.\n\n"
                + "Pour accepter, ouvrez ce lien (valable 7 jours, une seule fois) :\n" + link + "\n\n"
                + "Si vous ne vous attendiez pas à ce message, ignorez-le.\n\nL'équipe Passerelle\n";
        try {
            return mailer.send(email, "Invitation à rejoindre une structure sur Passerelle", text);
        } catch (RuntimeException e) {
            LOG.warn("Invitation e-mail for structure {} could not be sent: {}", structureId, e.getMessage());
            return false;
        }
    }

    /**
     * Uses an invitation: a signed-in operator joins the structure; a visitor creates his
     * operator account (with the invited address) and joins. The link works once.
     */
    @Transactional
    public Profile accept(String token, @Nullable AccountRef who, @Nullable NewMember newMember) {
        Invitation invitation = invitations.findForUpdate(hash(token)).orElseThrow(() ->
                new DomainException(DomainException.Kind.NOT_FOUND, "Cette invitation est introuvable. "
                        + "Vérifiez le lien reçu par e-mail."));
        if (invitation.acceptedAt() != null) {
            throw new DomainException(DomainException.Kind.GONE, "Cette invitation a déjà été utilisée.");
        }
        Instant now = clock.instant();
        if (!now.isBefore(invitation.expiresAt())) {
            throw new DomainException(DomainException.Kind.GONE, "Cette invitation a expiré. Demandez à "
                    + "l'administrateur de la structure de vous en envoyer une nouvelle.");
        }
        AccountRef member;
        if (who != null) {
            if (who.role() != Role.OPERATEUR) {
                throw new DomainException(DomainException.Kind.FORBIDDEN,
                        "Seuls les comptes professionnels (opérateurs) peuvent rejoindre une structure.");
            }
            if (memberships.isActiveMember(who.id(), invitation.structureId())) {
                throw new DomainException(DomainException.Kind.CONFLICT, "Vous êtes déjà membre de cette structure.");
            }
            member = who;
        } else {
            if (newMember == null) {
                throw DomainException.badParameter("username",
                        "Connectez-vous, ou choisissez un identifiant, un nom et un mot de passe pour créer votre compte.");
            }
            long id = newAccounts.create(newMember.username(), invitation.email(), newMember.nom(),
                    newMember.password(), Role.OPERATEUR);
            member = new AccountRef(id, LoginService.normalise(newMember.username()), Role.OPERATEUR);
        }
        memberships.save(member.id(), invitation.structureId(), invitation.role(), MembershipStatus.ACTIVE);
        invitations.markAccepted(invitation.id(), member.id(), now);
        LOG.info("Account {} joined structure {} through invitation {}", member.id(), invitation.structureId(),
                invitation.id());
        return accounts.profile(member);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
