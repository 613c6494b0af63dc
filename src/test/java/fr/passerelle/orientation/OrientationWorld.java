package fr.passerelle.orientation;

import fr.passerelle.account.AccountRef;
import fr.passerelle.account.Given;
import fr.passerelle.account.MembershipRole;
import fr.passerelle.account.Role;
import fr.passerelle.catalogue.AccessRule;
import fr.passerelle.catalogue.Offer;
import fr.passerelle.support.OfferBuilder;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;

/**
 * People and offers around orientations: a beneficiary followed by a referent, the receiving
 * structure's operator, and outsiders (another referent, another structure's operator).
 */
@Singleton
class OrientationWorld {

    record World(String structure, String beneficiary, String referent, String operator, String otherReferent,
                 String otherOperator, String otherBeneficiary, String lonelyBeneficiary, String manager,
                 String administrator,
                 String prescriptionOffer, String validationOffer, String autoOffer, String autoForPublicsOffer) {
    }

    private final Given given;

    OrientationWorld(Given given) {
        this.given = given;
    }

    World create() {
        String structure = given.structure("Structure d'accueil des orientations");
        String beneficiary = given.account(Role.BENEFICIAIRE);
        String referent = given.account(Role.REFERENT);
        given.follow(referent, beneficiary);
        String otherBeneficiary = given.account(Role.BENEFICIAIRE);
        String otherReferent = given.account(Role.REFERENT);
        given.follow(otherReferent, otherBeneficiary);
        String otherOperator = given.operator(given.structure("Structure voisine"), MembershipRole.ADMIN);
        return new World(structure, beneficiary, referent, given.operator(structure, MembershipRole.MEMBRE),
                otherReferent, otherOperator, otherBeneficiary, given.account(Role.BENEFICIAIRE),
                given.manager("77"), given.account(Role.ADMINISTRATEUR),
                offer(structure, AccessRule.PRESCRIPTION), offer(structure, AccessRule.VALIDATION),
                offer(structure, AccessRule.AUTO), given.offer(withPublics(structure)));
    }

    String offer(String structure, AccessRule rule) {
        return given.offer(OfferBuilder.offer(Given.newOfferId(), structure).nom("Atelier " + rule.code())
                .accessRule(rule).build());
    }

    String offerWithSession(String structure, int capacity, int placesLeft) {
        return given.offer(OfferBuilder.offer(Given.newOfferId(), structure).nom("Formation en session")
                .accessRule(AccessRule.AUTO).session(LocalDate.now().plusMonths(1), capacity, placesLeft).build());
    }

    private static Offer withPublics(String structure) {
        Offer offer = OfferBuilder.offer(Given.newOfferId(), structure).nom("Atelier réservé")
                .accessRule(AccessRule.AUTO).build();
        return new Offer(offer.id(), offer.source(), offer.structureId(), offer.nom(), offer.description(),
                offer.type(), offer.thematiques(), offer.frais(), offer.fraisPrecisions(), offer.publics(),
                offer.publicsPrecisions(), offer.conditionsAcces(), offer.address(), offer.contact(),
                offer.modesAccueil(), offer.zoneEligibilite(), offer.modesMobilisation(), offer.mobilisablePar(),
                offer.mobilisationPrecisions(), offer.lienMobilisation(), offer.lienSource(), offer.horairesAccueil(),
                offer.volumeHoraireHebdomadaire(), offer.nombreSemaines(), offer.dateMaj(), offer.lifecycle(),
                offer.accessRule(), List.of("jeunes"), offer.langues(), offer.siae(), offer.clauseSociale(),
                offer.sessions(), offer.version());
    }

    AccountRef ref(String username) {
        return given.ref(username);
    }

    long id(String username) {
        return given.id(username);
    }
}
