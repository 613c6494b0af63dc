package fr.passerelle.account;

import fr.passerelle.catalogue.OfferCatalogue;
import fr.passerelle.catalogue.Structure;
import fr.passerelle.catalogue.StructureDeclarations;
import fr.passerelle.shared.DomainException;
import fr.passerelle.shared.DomainException.FieldError;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Sign-up of beneficiaries and professionals. A professional joining a structure waits for
 * its admins; one declaring a new structure administers it, while the structure itself waits
 * for its territory manager.
 */
@Singleton
public class SignUpService {

    private static final Logger LOG = LoggerFactory.getLogger(SignUpService.class);

    private final NewAccounts newAccounts;
    private final MembershipRepository memberships;
    private final OfferCatalogue catalogue;
    private final StructureDeclarations declarations;
    private final AccountService accounts;

    SignUpService(NewAccounts newAccounts, MembershipRepository memberships, OfferCatalogue catalogue,
                  StructureDeclarations declarations, AccountService accounts) {
        this.newAccounts = newAccounts;
        this.memberships = memberships;
        this.catalogue = catalogue;
        this.declarations = declarations;
        this.accounts = accounts;
    }

    /** One transaction: the account, its membership and a declared structure, or nothing. */
    @Transactional
    public Profile signUp(SignUp request) {
        boolean joins = request.structureId() != null && !request.structureId().isBlank();
        boolean declares = request.newStructure() != null;
        switch (request.profil()) {
            case BENEFICIAIRE -> {
                if (joins || declares) {
                    throw invalid("structure_id", "Un bénéficiaire ne s'inscrit pas dans une structure.");
                }
            }
            case PROFESSIONNEL -> {
                if (joins == declares) {
                    throw invalid("structure_id",
                            "Indiquez soit la structure à rejoindre (structure_id), soit la nouvelle structure à déclarer (nouvelle_structure).");
                }
            }
        }
        Role role = request.profil() == SignUp.Profil.BENEFICIAIRE ? Role.BENEFICIAIRE : Role.OPERATEUR;
        // Checked before the account is created: an unknown structure must not leave a half sign-up.
        Structure joined = joins ? catalogue.publicStructure(request.structureId().strip()) : null;
        long id = newAccounts.create(request.username(), request.email(), request.nom(), request.password(), role);
        if (joined != null) {
            memberships.save(id, joined.id(), MembershipRole.MEMBRE, MembershipStatus.REQUESTED);
            LOG.info("Account {} signed up and asks to join structure {}", id, joined.id());
        } else if (declares) {
            Structure declared = declarations.declare(request.newStructure());
            memberships.save(id, declared.id(), MembershipRole.ADMIN, MembershipStatus.ACTIVE);
            LOG.info("Account {} signed up and declared structure {}", id, declared.id());
        } else {
            LOG.info("Account {} signed up as {}", id, role);
        }
        return accounts.profile(new AccountRef(id, LoginService.normalise(request.username()), role));
    }

    private static DomainException invalid(String field, String message) {
        return new DomainException(DomainException.Kind.UNPROCESSABLE, message, List.of(new FieldError(field, message)));
    }
}
