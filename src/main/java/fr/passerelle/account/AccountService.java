package fr.passerelle.account;

import fr.passerelle.catalogue.OfferCatalogue;
import fr.passerelle.catalogue.Structure;
import fr.passerelle.geo.Commune;
import fr.passerelle.geo.Gazetteer;
import fr.passerelle.shared.DomainException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The questions other rooms ask about who may do what. Every answer reads the account's
 * current role and state: a disabled account, or one whose role changed since its token was
 * issued, gets the answer of today, not of the token.
 *
 * <pre>{@code
 * AccountRef who = AccountRef.of(authentication);
 * if (!accounts.canEditStructure(who, offer.structureId())) throw forbidden(...);
 * // or: accounts.requireCanEditStructure(who, offer.structureId());
 * }</pre>
 */
@Singleton
public class AccountService {

    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final OfferCatalogue catalogue;
    private final Gazetteer gazetteer;

    AccountService(AccountRepository accounts, MembershipRepository memberships, OfferCatalogue catalogue,
                   Gazetteer gazetteer) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.catalogue = catalogue;
        this.gazetteer = gazetteer;
    }

    /** Operators edit the structures they are active members of (admin or membre); administrators edit all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canEditStructure(AccountRef who, String structureId) {
        return current(who).map(account -> switch (account.role()) {
            case ADMINISTRATEUR -> true;
            case OPERATEUR -> memberships.isActiveMember(account.id(), structureId);
            case BENEFICIAIRE, REFERENT, GESTIONNAIRE -> false;
        }).orElse(false);
    }

    /** Accepting members and inviting colleagues: the structure's active admins, and administrators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canAdministerStructure(AccountRef who, String structureId) {
        return current(who).map(account -> switch (account.role()) {
            case ADMINISTRATEUR -> true;
            case OPERATEUR -> memberships.isActiveAdmin(account.id(), structureId);
            case BENEFICIAIRE, REFERENT, GESTIONNAIRE -> false;
        }).orElse(false);
    }

    /** Moderating a structure (and its offers): managers of its département, and administrators. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean canModerateStructure(AccountRef who, String structureId) {
        Optional<String> departement;
        try {
            departement = departementOf(catalogue.structure(structureId));
        } catch (DomainException notFound) {
            return false;
        }
        return departement.map(dep -> managesDepartement(who, dep)).orElse(isAdministrator(who));
    }

    /** Managers of that département, and administrators (who manage every territory). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean managesDepartement(AccountRef who, String departementCode) {
        return current(who).map(account -> switch (account.role()) {
            case ADMINISTRATEUR -> true;
            case GESTIONNAIRE -> accounts.managesDepartement(account.id(), departementCode);
            case BENEFICIAIRE, REFERENT, OPERATEUR -> false;
        }).orElse(false);
    }

    /** The structures the account is an active member of (empty for every other role). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> structureIdsOf(AccountRef who) {
        return current(who).filter(account -> account.role() == Role.OPERATEUR)
                .map(account -> (Set<String>) new LinkedHashSet<>(memberships.activeStructureIds(account.id())))
                .orElse(Set.of());
    }

    /**
     * The structure's active operators (enabled accounts) to write to about the structure, e.g.
     * reminders of its stale offers. Only for notices the structure needs: no marketing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OperatorContact> operatorContacts(String structureId) {
        return memberships.activeContacts(structureId);
    }

    /** True when the referent has that beneficiary in his caseload. Administrators follow nobody. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean follows(AccountRef referent, long beneficiaryId) {
        return current(referent).filter(account -> account.role() == Role.REFERENT)
                .map(account -> accounts.follows(account.id(), beneficiaryId)).orElse(false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean follows(AccountRef referent, AccountRef beneficiary) {
        return follows(referent, beneficiary.id());
    }

    /** The ids of the beneficiaries a referent follows. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> caseloadOf(AccountRef referent) {
        return current(referent).filter(account -> account.role() == Role.REFERENT)
                .map(account -> accounts.caseloadOf(account.id())).orElse(List.of());
    }

    /** The enabled referents who follow that beneficiary (to validate or be told of her requests). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> referentsOf(long beneficiaryId) {
        return accounts.referentsOf(beneficiaryId);
    }

    /**
     * Where to write to an enabled account about a request it takes part in; empty when the
     * account is disabled or gone. Personal data: never logged.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OperatorContact> contactOf(long accountId) {
        return accounts.findById(accountId).filter(account -> !account.disabled())
                .map(account -> new OperatorContact(account.id(), account.email()));
    }

    /** The name an account shows to the people it works with (history of a request); empty when gone. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> displayNameOf(long accountId) {
        return accounts.findById(accountId).map(Account::displayName);
    }

    /**
     * Erases a beneficiary's own account (RGPD). The caller anonymises what other rooms hold about
     * her first, in the same transaction (see orientation/PersonalData). Other roles are refused:
     * professional accounts are closed by an administrator.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void eraseBeneficiary(AccountRef who) {
        Account account = current(who).filter(a -> a.role() == Role.BENEFICIAIRE)
                .orElseThrow(() -> new DomainException(DomainException.Kind.FORBIDDEN,
                        "Seul un compte bénéficiaire peut être supprimé par son titulaire."));
        accounts.delete(account.id(), account.username());
    }

    public void requireCanEditStructure(AccountRef who, String structureId) {
        if (!canEditStructure(who, structureId)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN,
                    "Vous n'êtes pas membre de cette structure : vous ne pouvez pas la modifier.");
        }
    }

    /** The account as it sees itself; 401 when it was disabled or removed since the token was issued. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Profile profile(AccountRef who) {
        Account account = current(who).orElseThrow(() -> new DomainException(DomainException.Kind.UNAUTHORIZED,
                "Ce compte n'est plus actif. Reconnectez-vous."));
        List<Membership> all = account.role() == Role.OPERATEUR ? memberships.ofAccount(account.id()) : List.of();
        List<String> departements = account.role() == Role.GESTIONNAIRE
                ? accounts.territoriesOf(account.id()) : List.of();
        return new Profile(account.username(), account.displayName(), account.role(),
                all.stream().filter(Membership::isActive).toList(),
                all.stream().filter(m -> m.status() == MembershipStatus.REQUESTED).toList(), departements);
    }

    public boolean isAdministrator(AccountRef who) {
        return current(who).filter(account -> account.role() == Role.ADMINISTRATEUR).isPresent();
    }

    /** For the login check only: the stored account with its hash. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<Account> byUsername(String username) {
        return accounts.findByUsername(username);
    }

    /** A structure without a commune belongs to no territory: only administrators moderate it. */
    private Optional<String> departementOf(Structure structure) {
        return gazetteer.commune(structure.address().codeInsee()).map(Commune::departementCode);
    }

    private Optional<Account> current(AccountRef who) {
        // The username must match too: a token is only good for the account it was issued to.
        return accounts.findById(who.id())
                .filter(account -> !account.disabled() && account.username().equals(who.username()));
    }
}
