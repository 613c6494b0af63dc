package fr.passerelle.account;

import fr.passerelle.catalogue.OfferCatalogue;
import fr.passerelle.shared.DomainException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/** Who works for a structure: join requests, their acceptance, the member list. */
@Singleton
public class StructureMembers {

    private static final Logger LOG = LoggerFactory.getLogger(StructureMembers.class);

    private final AccountService accounts;
    private final AccountRepository accountRows;
    private final MembershipRepository memberships;
    private final OfferCatalogue catalogue;

    StructureMembers(AccountService accounts, AccountRepository accountRows, MembershipRepository memberships,
                     OfferCatalogue catalogue) {
        this.accounts = accounts;
        this.accountRows = accountRows;
        this.memberships = memberships;
        this.catalogue = catalogue;
    }

    /** An operator already signed up asks to join one more (validated) structure. */
    @Transactional
    public Membership requestToJoin(AccountRef who, String structureId) {
        if (who.role() != Role.OPERATEUR || accountRows.findById(who.id()).filter(a -> !a.disabled()).isEmpty()) {
            throw new DomainException(DomainException.Kind.FORBIDDEN,
                    "Seuls les comptes professionnels (opérateurs) peuvent rejoindre une structure.");
        }
        String id = catalogue.publicStructure(structureId).id();
        if (memberships.isActiveMember(who.id(), id)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "Vous êtes déjà membre de cette structure.");
        }
        memberships.save(who.id(), id, MembershipRole.MEMBRE, MembershipStatus.REQUESTED);
        LOG.info("Account {} asks to join structure {}", who.id(), id);
        return memberships.find(who.id(), id).orElseThrow();
    }

    /**
     * Accepts a join request. Decided by the structure's admins (and administrators); a
     * structure nobody administers yet (most imported ones) is decided by its territory
     * manager, and its first member becomes its admin.
     */
    @Transactional
    public Membership accept(AccountRef who, String structureId, String username) {
        catalogue.structure(structureId);
        boolean hasAdmin = memberships.hasActiveAdmin(structureId);
        boolean allowed = accounts.canAdministerStructure(who, structureId)
                || (!hasAdmin && accounts.canModerateStructure(who, structureId));
        if (!allowed) {
            throw new DomainException(DomainException.Kind.FORBIDDEN,
                    "Seuls les administrateurs de cette structure peuvent accepter un nouveau membre.");
        }
        Account candidate = accountRows.findByUsername(LoginService.normalise(username))
                .orElseThrow(() -> noRequest(username));
        MembershipRole role = hasAdmin ? MembershipRole.MEMBRE : MembershipRole.ADMIN;
        if (!memberships.accept(candidate.id(), structureId, role, who.id())) {
            throw noRequest(username);
        }
        LOG.info("Account {} accepted account {} into structure {} as {}", who.id(), candidate.id(), structureId,
                role.code());
        return memberships.find(candidate.id(), structureId).orElseThrow();
    }

    /** Members and pending requests, for the structure's admins. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Membership> members(AccountRef who, String structureId) {
        catalogue.structure(structureId);
        if (!accounts.canAdministerStructure(who, structureId) && !accounts.canModerateStructure(who, structureId)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN,
                    "Seuls les administrateurs de cette structure peuvent voir ses membres.");
        }
        return memberships.ofStructure(structureId);
    }

    private static DomainException noRequest(String username) {
        return new DomainException(DomainException.Kind.NOT_FOUND,
                "Aucune demande d'adhésion en attente pour « " + username + " » dans cette structure.");
    }
}
