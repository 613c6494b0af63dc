package fr.passerelle.interop;

import fr.passerelle.catalogue.AccessRule;
import fr.passerelle.catalogue.Address;
import fr.passerelle.catalogue.Contact;
import fr.passerelle.catalogue.Lifecycle;
import fr.passerelle.catalogue.ModerationStatus;
import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.OfferStatus;
import fr.passerelle.catalogue.Structure;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The data·inclusion v1 shape → our catalogue: the one mapper in that direction (write API,
 * imports). Fields we do not receive keep the given defaults.
 */
@Singleton
public class DataInclusionReader {

    /** Our defaults for an offer that arrives without the {@code passerelle} block. */
    public static final DiService.Passerelle DEFAULTS = new DiService.Passerelle(1, OfferStatus.PUBLIEE.code(), null,
            6, false, null, null, AccessRule.PRESCRIPTION.code(), List.of(), List.of("fr"), List.of(), List.of(),
            null, null);

    public Offer offer(DiService s) {
        DiService.Passerelle p = s.passerelle() == null ? DEFAULTS : s.passerelle();
        Address address = new Address(s.adresse(), s.complementAdresse(), s.codePostal(), s.codeInsee(),
                s.commune(), s.latitude(), s.longitude());
        Lifecycle lifecycle = new Lifecycle(OfferStatus.ofCode(p.statut()), p.suspendueJusquAu(),
                p.frequenceMajMois(), p.verifieLe(), p.verifiePar());
        return new Offer(s.id(), s.source(), s.structureId(), s.nom(), s.description(), s.type(),
                list(s.thematiques()), s.frais(), s.fraisPrecisions(), list(s.publics()), s.publicsPrecisions(),
                s.conditionsAcces(), address, new Contact(s.telephone(), s.courriel(), s.contactNomPrenom()),
                list(s.modesAccueil()), list(s.zoneEligibilite()), list(s.modesMobilisation()),
                list(s.mobilisablePar()), s.mobilisationPrecisions(), s.lienMobilisation(), s.lienSource(),
                s.horairesAccueil(), s.volumeHoraireHebdomadaire(), s.nombreSemaines(), s.dateMaj(), lifecycle,
                AccessRule.ofCode(p.regleAcces()), list(p.publicsRegleAcces()), list(p.langues()), p.siae(),
                p.clauseSociale(), list(p.sessions()), p.version());
    }

    /**
     * A structure from its data·inclusion shape. Our block's moderation status and parent are
     * read as given: writers that may not change them (the write API) restore them.
     */
    public Structure structure(DiStructure s) {
        DiStructure.Passerelle p = s.passerelle();
        Address address = new Address(s.adresse(), s.complementAdresse(), s.codePostal(), s.codeInsee(),
                s.commune(), s.latitude(), s.longitude());
        return new Structure(s.id(), s.source(), s.siret(), s.nom(), s.description(), address, s.telephone(),
                s.courriel(), s.siteWeb(), s.lienSource(), s.horairesAccueil(), s.accessibiliteLieu(),
                list(s.reseauxPorteurs()), p == null ? null : p.typologie(), p == null ? null : p.parentId(),
                p == null || p.statutModeration() == null ? ModerationStatus.EN_ATTENTE
                        : ModerationStatus.ofCode(p.statutModeration()),
                s.dateMaj(), p == null ? 1 : p.version());
    }

    private static <T> List<T> list(@Nullable List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
