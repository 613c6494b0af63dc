package fr.passerelle.interop;

import fr.passerelle.catalogue.Address;
import fr.passerelle.catalogue.Lifecycle;
import fr.passerelle.catalogue.Offer;
import fr.passerelle.catalogue.Structure;
import fr.passerelle.catalogue.Vocabularies;
import fr.passerelle.catalogue.quality.QualityScorer;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Our catalogue → the data·inclusion v1 shape. The one mapper in that direction. */
@Singleton
public class DataInclusionMapper {

    private final Vocabularies vocabularies;
    private final Clock clock;

    public DataInclusionMapper(Vocabularies vocabularies, Clock clock) {
        this.vocabularies = vocabularies;
        this.clock = clock;
    }

    public DiService service(Offer o) {
        Address a = o.address();
        Lifecycle l = o.lifecycle();
        DiService.Passerelle ours = new DiService.Passerelle(o.version(), l.status().code(), l.suspendedUntil(),
                l.updateFrequencyMonths(), l.isStale(o.dateMaj(), LocalDate.now(clock)), l.verifiedOn(),
                l.verifiedBy(), o.accessRule().code(), o.accessPublics(), o.langues(),
                vocabularies.familiesOf(o.thematiques(), o.siae() != null, o.clauseSociale() != null),
                o.sessions(), o.siae(), o.clauseSociale());
        return new DiService(o.id(), o.source(), o.structureId(), o.nom(), o.description(), o.type(),
                orNull(o.thematiques()), o.frais(), o.fraisPrecisions(), orNull(o.publics()), o.publicsPrecisions(),
                o.conditionsAcces(), a.adresse(), a.complementAdresse(), a.codePostal(), a.codeInsee(), a.commune(),
                a.latitude(), a.longitude(), o.contact().telephone(), o.contact().courriel(), o.contact().nomPrenom(),
                orNull(o.modesAccueil()), orNull(o.zoneEligibilite()), orNull(o.modesMobilisation()),
                orNull(o.mobilisablePar()), o.mobilisationPrecisions(), o.lienMobilisation(), o.lienSource(),
                o.horairesAccueil(), o.volumeHoraireHebdomadaire(), o.nombreSemaines(), o.dateMaj(),
                QualityScorer.score(o, LocalDate.now(clock)).score(), ours);
    }

    public DiStructure structure(Structure s) {
        Address a = s.address();
        return new DiStructure(s.id(), s.source(), s.siret(), s.nom(), s.description(), a.adresse(),
                a.complementAdresse(), a.codePostal(), a.codeInsee(), a.commune(), a.latitude(), a.longitude(),
                s.telephone(), s.courriel(), s.siteWeb(), s.lienSource(), s.horairesAccueil(), s.accessibiliteLieu(),
                orNull(s.reseauxPorteurs()), s.dateMaj(),
                new DiStructure.Passerelle(s.version(), s.typologie(), s.parentId(), s.moderationStatus().code()));
    }

    /** data·inclusion lists have at least one item or are null. */
    @Nullable
    private static List<String> orNull(List<String> values) {
        return values.isEmpty() ? null : values;
    }
}
